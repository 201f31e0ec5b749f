package org.openderm.ml.lesion;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The trained lesion classifier loaded once: weights (checked against {@code SHA256SUMS}), decision
 * settings and out-of-scope statistics.
 *
 * <p>Inference averages the logits of four views (identity, horizontal flip, vertical flip, 180
 * degree rotation: dermoscopy has no up or down). The pooled features feed the out-of-scope score;
 * the class activation map comes from four shifted copies of the unflipped input, stitched at twice
 * the last layer's resolution. Thread-safe: each call works in its own NDManager. Use {@link
 * LesionTriage} rather than this class in applications.
 */
public final class TriageModel implements AutoCloseable {

  static {
    org.openderm.ml.lesion.DjlEnvironment.ensureOffline();
  }

  /** Number of test-time views. */
  public static final int VIEWS = 4;

  /** Input pixels per cell of the last feature map (the network's total stride). */
  static final int FEATURE_STRIDE = 32;

  /**
   * Shifts, in input pixels, of the four extra copies that refine the activation map: a quarter of
   * a cell either way along each axis, so that their cells interleave into a grid twice as fine,
   * centred like the original one ("shift and stitch", Long et al., CVPR 2015).
   */
  private static final int[][] SHIFTS = shifts(FEATURE_STRIDE / 4);

  private final Model model;
  private final Block features;
  private final float[] weight;
  private final float[] bias;
  private final TriageSettings settings;
  private final OutOfScope outOfScope;
  private final String sha256;

  private TriageModel(Model model, TriageSettings settings, OutOfScope ood, String sha256) {
    this.model = model;
    SequentialBlock net = (SequentialBlock) model.getBlock();
    this.features = net.getChildren().get(0).getValue();
    SequentialBlock head = (SequentialBlock) net.getChildren().get(1).getValue();
    Block linear = head.getChildren().get(head.getChildren().size() - 1).getValue();
    this.weight = linear.getParameters().get("weight").getArray().toFloatArray();
    this.bias = linear.getParameters().get("bias").getArray().toFloatArray();
    this.settings = settings;
    this.outOfScope = ood;
    this.sha256 = sha256;
  }

  /** Loads the model bundled in the jar, verifying every file's SHA-256. */
  public static TriageModel loadBundled() {
    try {
      Path tmp = Files.createTempDirectory("openderm-lesion-");
      tmp.toFile().deleteOnExit();
      String sha = ModelFiles.extractBundled(tmp);
      return load(tmp, sha);
    } catch (IOException e) {
      throw new ModelIntegrityException("cannot unpack the lesion model: " + e.getMessage(), e);
    }
  }

  /** Loads a model folder, verifying every file's SHA-256 first. */
  public static TriageModel load(Path dir) {
    return load(dir, ModelFiles.verify(dir));
  }

  /** Loads weights only, with given settings (used while the settings are being fitted). */
  public static TriageModel loadUnverified(Path dir, TriageSettings settings, OutOfScope ood) {
    return open(dir, settings, ood, "unverified");
  }

  private static TriageModel load(Path dir, String sha) {
    try {
      return open(dir, TriageSettings.read(dir), OutOfScope.read(dir), sha);
    } catch (IOException e) {
      throw new ModelIntegrityException("lesion model: cannot read settings in " + dir, e);
    }
  }

  private static TriageModel open(Path dir, TriageSettings s, OutOfScope ood, String sha) {
    Model m = Model.newInstance("lesion-triage");
    try {
      m.setBlock(LesionNet.build());
      m.load(dir, "lesion-triage");
      return new TriageModel(m, s, ood, sha);
    } catch (IOException | MalformedModelException | RuntimeException e) {
      m.close();
      throw new ModelIntegrityException("lesion model: cannot load weights from " + dir, e);
    }
  }

  /** Output of a forward pass over several images. */
  public record Output(double[][] logits, double[][] features, float[][] maps, int mapSide) {}

  /**
   * Runs the network over CHW inputs; {@code maps} is filled only when asked, for the class
   * activation map: per image, feature maps at twice the last layer's resolution, stitched from
   * four shifted copies of the input run in the same batch.
   */
  public Output run(float[][] inputs, boolean maps) {
    int n = inputs.length;
    int s = ImagePrep.INPUT;
    int plane = 3 * s * s;
    int copies = maps ? VIEWS + SHIFTS.length : VIEWS;
    float[] x = new float[n * copies * plane];
    for (int i = 0; i < n; i++) {
      for (int v = 0; v < VIEWS; v++) {
        view(inputs[i], x, (i * VIEWS + v) * plane, v, s);
      }
      if (maps) {
        for (int k = 0; k < SHIFTS.length; k++) {
          int off = (n * VIEWS + i * SHIFTS.length + k) * plane;
          shifted(inputs[i], x, off, SHIFTS[k][0], SHIFTS[k][1], s);
        }
      }
    }
    float[] fmap;
    int channels;
    int side;
    try (NDManager m = model.getNDManager().newSubManager()) {
      NDArray in = m.create(x, new Shape((long) n * copies, 3, s, s));
      NDArray out =
          features.forward(new ParameterStore(m, false), new NDList(in), false).singletonOrThrow();
      channels = (int) out.getShape().get(1);
      side = (int) out.getShape().get(2);
      fmap = out.toFloatArray();
    }
    if (maps && side * FEATURE_STRIDE != s) {
      throw new IllegalStateException("feature map " + side + " for input " + s);
    }
    return summarise(fmap, n, channels, side, maps);
  }

  private Output summarise(float[] fmap, int n, int channels, int side, boolean maps) {
    int area = side * side;
    int k = bias.length;
    double[][] logits = new double[n][k];
    double[][] feats = new double[n][channels];
    float[][] fineMaps = maps ? new float[n][] : null;
    for (int i = 0; i < n; i++) {
      for (int v = 0; v < VIEWS; v++) {
        int base = (i * VIEWS + v) * channels * area;
        for (int ch = 0; ch < channels; ch++) {
          double sum = 0;
          for (int p = 0; p < area; p++) {
            sum += fmap[base + ch * area + p];
          }
          feats[i][ch] += sum / area / VIEWS;
        }
      }
      for (int c = 0; c < k; c++) {
        double z = bias[c];
        for (int ch = 0; ch < channels; ch++) {
          z += weight[c * channels + ch] * feats[i][ch];
        }
        logits[i][c] = z;
      }
      if (maps) {
        fineMaps[i] =
            stitch(fmap, (n * VIEWS + i * SHIFTS.length) * channels * area, channels, side);
      }
    }
    return new Output(logits, feats, fineMaps, maps ? 2 * side : side);
  }

  /**
   * Interleaves the feature maps of the four shifted copies at {@code base} into one map of {@code
   * 2 side x 2 side}: a copy shifted by +8 px sees each cell's content 8 px further on, the
   * right-hand (or lower) half of the cell.
   */
  private static float[] stitch(float[] fmap, int base, int channels, int side) {
    int area = side * side;
    int fine = 2 * side;
    float[] out = new float[channels * fine * fine];
    for (int k = 0; k < SHIFTS.length; k++) {
      int ox = SHIFTS[k][0] > 0 ? 1 : 0;
      int oy = SHIFTS[k][1] > 0 ? 1 : 0;
      int src = base + k * channels * area;
      for (int ch = 0; ch < channels; ch++) {
        for (int y = 0; y < side; y++) {
          for (int xx = 0; xx < side; xx++) {
            out[(ch * fine + 2 * y + oy) * fine + 2 * xx + ox] =
                fmap[src + (ch * side + y) * side + xx];
          }
        }
      }
    }
    return out;
  }

  private static int[][] shifts(int q) {
    return new int[][] {{-q, -q}, {q, -q}, {-q, q}, {q, q}};
  }

  /** A CHW image moved by (dx, dy) pixels: output (x, y) reads source (x + dx, y + dy), clamped. */
  private static void shifted(float[] src, float[] dst, int off, int dx, int dy, int s) {
    for (int c = 0; c < 3; c++) {
      for (int y = 0; y < s; y++) {
        int sy = Math.min(Math.max(y + dy, 0), s - 1);
        for (int xx = 0; xx < s; xx++) {
          int sx = Math.min(Math.max(xx + dx, 0), s - 1);
          dst[off + (c * s + y) * s + xx] = src[(c * s + sy) * s + sx];
        }
      }
    }
  }

  /** View {@code v} of a CHW image: 0 identity, 1 horizontal flip, 2 vertical flip, 3 both. */
  private static void view(float[] src, float[] dst, int off, int v, int s) {
    boolean fx = v == 1 || v == 3;
    boolean fy = v == 2 || v == 3;
    for (int c = 0; c < 3; c++) {
      for (int y = 0; y < s; y++) {
        int sy = fy ? s - 1 - y : y;
        for (int xx = 0; xx < s; xx++) {
          int sx = fx ? s - 1 - xx : xx;
          dst[off + (c * s + y) * s + xx] = src[(c * s + sy) * s + sx];
        }
      }
    }
  }

  /** Class activation map of class {@code c} from a feature map of {@code output.maps()}. */
  public double[] activationMap(float[] map, int side, int c) {
    int area = side * side;
    int channels = map.length / area;
    double[] cam = new double[area];
    for (int ch = 0; ch < channels; ch++) {
      double w = weight[c * channels + ch];
      for (int p = 0; p < area; p++) {
        cam[p] += w * map[ch * area + p];
      }
    }
    return cam;
  }

  /** Number of trainable values in the network. */
  public long parameterCount() {
    long n = 0;
    for (var p : model.getBlock().getParameters()) {
      n += p.getValue().getArray().size();
    }
    return n;
  }

  /** Decision settings. */
  public TriageSettings settings() {
    return settings;
  }

  /** Out-of-scope statistics. */
  public OutOfScope outOfScope() {
    return outOfScope;
  }

  /** SHA-256 of the weights file. */
  public String sha256() {
    return sha256;
  }

  @Override
  public void close() {
    model.close();
  }
}
