package org.openderm.ml.quality;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * The calibration benchmark: measures clean dermoscopy images and copies degraded by every {@link
 * Defect} at every grade, each degraded copy JPEG-encoded (quality 0.9) as a camera would save it.
 *
 * <p>Reads the data sets in place (HAM10000 layout: {@code images/ID.jpg} and {@code
 * masks/ID_segmentation.png}; ISIC layout: {@code images/ID.jpg}). Deterministic for a seed.
 */
public final class QualityBenchmark {

  private final QualityGate gate;

  /** A benchmark of the gate with the classical lesion segmentation. */
  public QualityBenchmark() {
    this(new QualityGate());
  }

  /**
   * A benchmark of a given gate (its metrics; thresholds are applied by {@link BenchmarkTable}).
   */
  public QualityBenchmark(QualityGate gate) {
    this.gate = gate;
  }

  /**
   * Measures up to {@code limit} clean images of {@code dataset} (a random sample for the seed),
   * and degraded copies of the first {@code degradedLimit} of them.
   *
   * @param progress called with the number of images done so far
   */
  public List<BenchmarkSample> run(
      Path dataset, int limit, int degradedLimit, long seed, int threads, IntConsumer progress) {
    List<Path> images = sample(dataset.resolve("images"), limit, seed);
    Set<Path> degrade = new HashSet<>(images.subList(0, Math.min(degradedLimit, images.size())));
    String name = dataset.getFileName().toString();
    AtomicInteger done = new AtomicInteger();
    try (ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads))) {
      return pool.submit(
              () ->
                  images.parallelStream()
                      .flatMap(
                          p -> {
                            List<BenchmarkSample> s = measure(name, p, seed, degrade.contains(p));
                            progress.accept(done.incrementAndGet());
                            return s.stream();
                          })
                      .toList())
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Number of images {@link #run} will measure. */
  public static int count(Path dataset, int limit) {
    return Math.min(limit, list(dataset.resolve("images")).size());
  }

  private List<BenchmarkSample> measure(String dataset, Path file, long seed, boolean withDefects) {
    String id = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    BufferedImage clean = read(file);
    Path maskFile = file.getParent().resolveSibling("masks").resolve(id + "_segmentation.png");
    LesionGeometry truth = null;
    double dice = Double.NaN;
    if (Files.exists(maskFile)) {
      GroundTruth gt = GroundTruth.of(read(maskFile), clean);
      truth = gt.geometry();
      dice = gt.dice();
    }
    List<BenchmarkSample> out = new ArrayList<>();
    QualityMetrics cleanMetrics = gate.measure(clean);
    out.add(new BenchmarkSample(dataset, id, null, 0, cleanMetrics, truth, dice));
    // Off-centre crops are placed relative to the lesion: the ground truth where there is one,
    // else the gate's own segmentation of the clean image.
    LesionGeometry lesion = truth != null ? truth : cleanMetrics.lesion();
    Random random = new Random(seed ^ id.hashCode());
    for (Defect defect : withDefects ? Defect.values() : new Defect[0]) {
      for (int grade = 1; grade <= 4; grade++) {
        BufferedImage degraded =
            jpegRoundTrip(
                defect.apply(clean, grade, random, lesion.centroidX(), lesion.centroidY()));
        out.add(
            new BenchmarkSample(
                dataset, id, defect, grade, gate.measure(degraded), null, Double.NaN));
      }
    }
    return out;
  }

  static BufferedImage jpegRoundTrip(BufferedImage image) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.9f);
      try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
        writer.setOutput(out);
        writer.write(null, new IIOImage(image, null, null), param);
      } finally {
        writer.dispose();
      }
      return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BufferedImage read(Path file) {
    try {
      BufferedImage image = ImageIO.read(file.toFile());
      if (image == null) {
        throw new IOException("not an image: " + file);
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> sample(Path dir, int limit, long seed) {
    List<Path> all = new ArrayList<>(list(dir));
    Collections.shuffle(all, new Random(seed));
    return new ArrayList<>(all.subList(0, Math.min(limit, all.size())));
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
