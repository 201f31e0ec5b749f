package org.openderm.ml.lesion;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lesion's outline from the trained {@link SegmentationNet}: probability map at {@link
 * OutlineInput#SIDE} pixels (averaged with its mirror image), stretched back to the photo's size
 * bilinearly, thresholded at 0.5; the connected region that best combines size and closeness to the
 * centre is kept and its holes filled (a lesion is one solid region).
 *
 * <p>Thread-safe: each call works in its own NDManager. Weights are checked against {@code
 * SHA256SUMS} before loading.
 */
public final class LesionOutliner implements AutoCloseable {

  static {
    DjlEnvironment.ensureOffline();
  }

  /** Prefix of the weights file. */
  public static final String NAME = "lesion-segmentation";

  private final Model model;
  private final String sha256;

  private LesionOutliner(Model model, String sha256) {
    this.model = model;
    this.sha256 = sha256;
  }

  /** Loads a model folder after checking its SHA-256 sums. */
  public static LesionOutliner load(Path dir) {
    String sha = ModelFiles.verify(dir, ModelFiles.SEGMENTATION);
    Model m = Model.newInstance(NAME);
    try {
      m.setBlock(new SegmentationNet());
      m.load(dir, NAME);
      return new LesionOutliner(m, sha);
    } catch (IOException | MalformedModelException | RuntimeException e) {
      m.close();
      throw new ModelIntegrityException("lesion outline model: cannot load weights from " + dir, e);
    }
  }

  /** The outline model bundled in the jar, loaded once on first use. */
  public static LesionOutliner bundled() {
    return Bundled.INSTANCE;
  }

  /** Unpacks and checks the bundled files without loading the engine (for start-up checks). */
  public static String verifyBundled() {
    try {
      Path tmp = Files.createTempDirectory("openderm-outline-");
      try {
        return ModelFiles.extractBundled(tmp, ModelFiles.SEGMENTATION);
      } finally {
        try (var files = Files.list(tmp)) {
          for (Path f : files.toList()) {
            Files.deleteIfExists(f);
          }
        }
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new ModelIntegrityException("cannot unpack the lesion outline model", e);
    }
  }

  /** Lesion probability per pixel of the network's {@code SIDE x SIDE} grid (row-major). */
  public float[] probabilities(BufferedImage img) {
    int s = OutlineInput.SIDE;
    int plane = 3 * s * s;
    float[] x = new float[2 * plane];
    OutlineInput.tensor(OutlineInput.rgb(img, s), s, x, 0);
    for (int c = 0; c < 3; c++) {
      for (int y = 0; y < s; y++) {
        for (int xx = 0; xx < s; xx++) {
          x[plane + (c * s + y) * s + xx] = x[(c * s + y) * s + (s - 1 - xx)];
        }
      }
    }
    float[] z;
    try (NDManager m = model.getNDManager().newSubManager()) {
      NDArray in = m.create(x, new Shape(2, 3, s, s));
      NDList out = model.getBlock().forward(new ParameterStore(m, false), new NDList(in), false);
      z = out.singletonOrThrow().toFloatArray();
    }
    float[] p = new float[s * s];
    for (int y = 0; y < s; y++) {
      for (int xx = 0; xx < s; xx++) {
        double a = z[y * s + xx];
        double b = z[s * s + y * s + (s - 1 - xx)];
        p[y * s + xx] = (float) (0.5 / (1 + Math.exp(-a)) + 0.5 / (1 + Math.exp(-b)));
      }
    }
    return p;
  }

  /** The lesion mask at {@code w x h} (row-major) of an image, usually of the image's size. */
  public boolean[] segment(BufferedImage img, int w, int h) {
    float[] p = probabilities(img);
    int s = OutlineInput.SIDE;
    boolean[] mask = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      double gy = Math.min(Math.max((y + 0.5) * s / h - 0.5, 0), s - 1.0);
      int y0 = (int) gy;
      int y1 = Math.min(y0 + 1, s - 1);
      double fy = gy - y0;
      for (int x = 0; x < w; x++) {
        double gx = Math.min(Math.max((x + 0.5) * s / w - 0.5, 0), s - 1.0);
        int x0 = (int) gx;
        int x1 = Math.min(x0 + 1, s - 1);
        double fx = gx - x0;
        double top = p[y0 * s + x0] + (p[y0 * s + x1] - p[y0 * s + x0]) * fx;
        double bottom = p[y1 * s + x0] + (p[y1 * s + x1] - p[y1 * s + x0]) * fx;
        mask[y * w + x] = top + (bottom - top) * fy >= 0.5;
      }
    }
    return LesionSegmenter.fillHoles(LesionSegmenter.bestComponent(mask, w, h), w, h);
  }

  /** The lesion mask of an image at its own size. */
  public boolean[] segment(BufferedImage img) {
    return segment(img, img.getWidth(), img.getHeight());
  }

  /** SHA-256 of the weights. */
  public String sha256() {
    return sha256;
  }

  @Override
  public void close() {
    model.close();
  }

  private static final class Bundled {
    static final LesionOutliner INSTANCE = loadBundled();

    private static LesionOutliner loadBundled() {
      try {
        Path tmp = Files.createTempDirectory("openderm-outline-");
        tmp.toFile().deleteOnExit();
        ModelFiles.extractBundled(tmp, ModelFiles.SEGMENTATION);
        return load(tmp);
      } catch (IOException e) {
        throw new ModelIntegrityException("cannot unpack the lesion outline model", e);
      }
    }
  }
}
