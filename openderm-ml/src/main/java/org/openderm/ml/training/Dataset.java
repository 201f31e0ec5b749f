package org.openderm.ml.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.openderm.ml.lesion.ImagePrep;

/**
 * The samples of a run, their lesion-level split and their cached thumbnails.
 *
 * <p>The split is read from {@code split.csv} in the output folder when present (so a rerun keeps
 * it), else created with the seed and written there.
 */
public final class Dataset {

  private final List<Ham10000.Sample> train;
  private final List<Ham10000.Sample> val;
  private final TensorCache cache;
  private float[][] valInputs;

  private Dataset(List<Ham10000.Sample> train, List<Ham10000.Sample> val, TensorCache cache) {
    this.train = train;
    this.val = val;
    this.cache = cache;
  }

  /** Reads metadata, makes or reads the split, and loads or builds the thumbnail cache. */
  static Dataset prepare(TrainOptions o) throws IOException {
    List<Ham10000.Sample> all = Ham10000.read(o.data());
    if (o.limit() > 0 && o.limit() < all.size()) {
      List<Ham10000.Sample> copy = new ArrayList<>(all);
      Collections.shuffle(copy, new Random(o.seed()));
      all = copy.subList(0, o.limit());
    }
    Files.createDirectories(o.out());
    Path splitCsv = o.out().resolve("split.csv");
    LesionSplit split;
    if (Files.exists(splitCsv)) {
      split = LesionSplit.read(splitCsv);
    } else {
      split = LesionSplit.create(all, TrainOptions.VAL_FRACTION, o.seed());
      split.write(all, splitCsv);
    }
    String name = o.limit() > 0 ? "cache-" + o.limit() + "-" + o.seed() : "cache";
    Path cacheFile = o.out().resolve(name + "-" + ImagePrep.CACHE + ".bin");
    TensorCache cache = TensorCache.loadOrBuild(o.data(), all, cacheFile);
    return new Dataset(
        split.select(all, LesionSplit.TRAIN), split.select(all, LesionSplit.VAL), cache);
  }

  /** Training samples. */
  public List<Ham10000.Sample> train() {
    return train;
  }

  /** Validation samples. */
  public List<Ham10000.Sample> val() {
    return val;
  }

  /** Thumbnail of a sample. */
  byte[] thumbnail(Ham10000.Sample s) {
    return cache.get(s.imageId());
  }

  /** Class index of each validation sample. */
  public int[] valTruth() {
    return val.stream().mapToInt(s -> s.dx().ordinal()).toArray();
  }

  /** Un-augmented network inputs of the validation samples (computed once). */
  public synchronized float[][] valInputs() {
    if (valInputs == null) {
      valInputs = inputs(val);
    }
    return valInputs;
  }

  /** Un-augmented network inputs of some samples. */
  public float[][] inputs(List<Ham10000.Sample> samples) {
    int s = ImagePrep.INPUT;
    float[][] out = new float[samples.size()][];
    double[] id = ImagePrep.identity(ImagePrep.CACHE, s);
    for (int i = 0; i < out.length; i++) {
      out[i] = new float[3 * s * s];
      ImagePrep.sample(
          thumbnail(samples.get(i)), ImagePrep.CACHE, out[i], 0, s, id, ImagePrep.Jitter.NONE);
    }
    return out;
  }
}
