package org.openderm.ml.training;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.openderm.ml.lesion.ImagePrep;
import org.openderm.ml.lesion.TriageModel;

/** Runs a model over many images in chunks (bounded memory), with a progress bar. */
public final class ModelRunner {

  private static final int CHUNK = 64;

  private ModelRunner() {}

  /** Logits and pooled features of a list of CHW inputs supplied chunk by chunk. */
  public static TriageModel.Output run(TriageModel model, int n, InputSource source, String task) {
    double[][] logits = new double[n][];
    double[][] feats = new double[n][];
    try (ProgressBar bar = new ProgressBar(task, n)) {
      for (int start = 0; start < n; start += CHUNK) {
        int m = Math.min(CHUNK, n - start);
        float[][] in = new float[m][];
        for (int i = 0; i < m; i++) {
          in[i] = source.input(start + i);
        }
        TriageModel.Output out = model.run(in, false);
        System.arraycopy(out.logits(), 0, logits, start, m);
        System.arraycopy(out.features(), 0, feats, start, m);
        bar.step(m);
      }
    }
    return new TriageModel.Output(logits, feats, null, 0);
  }

  /** Supplies the i-th network input. */
  @FunctionalInterface
  public interface InputSource {
    /** The CHW input of item {@code i}. */
    float[] input(int i);
  }

  /** Runs the model over dataset samples (from the thumbnail cache). */
  static TriageModel.Output run(
      TriageModel model, Dataset ds, List<Ham10000.Sample> samples, String task) {
    return run(model, samples.size(), i -> ds.inputs(List.of(samples.get(i)))[0], task);
  }

  /** Decodes image files; unreadable ones are null. */
  public static List<BufferedImage> decode(List<Path> files) {
    List<BufferedImage> out = new ArrayList<>();
    for (Path f : files) {
      try {
        out.add(ImageIO.read(f.toFile()));
      } catch (IOException | RuntimeException e) {
        out.add(null);
      }
    }
    return out;
  }

  /** The image's centre square as a small {@code CACHE}-pixel image (to hold many in memory). */
  public static BufferedImage thumbnailImage(BufferedImage img) {
    return toImage(ImagePrep.modelThumbnail(img, ImagePrep.CACHE), ImagePrep.CACHE);
  }

  /** An RGB image from HWC bytes. */
  public static BufferedImage toImage(byte[] rgb, int side) {
    BufferedImage out = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    for (int i = 0; i < side * side; i++) {
      int r = rgb[i * 3] & 0xff;
      int g = rgb[i * 3 + 1] & 0xff;
      int b = rgb[i * 3 + 2] & 0xff;
      out.setRGB(i % side, i / side, (r << 16) | (g << 8) | b);
    }
    return out;
  }

  /** The network input of a decoded image. */
  public static float[] input(BufferedImage img) {
    return ImagePrep.input(img);
  }
}
