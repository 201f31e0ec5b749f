package org.openderm.ml.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.function.Function;
import org.openderm.ml.lesion.ImagePrep;

/** Runs a network in inference mode over many inputs, in batches, and returns the logits. */
public final class Logits {

  private static final int BATCH = 128;

  private Logits() {}

  /** Logits {@code [n][classes]} of CHW inputs, through {@code forward}. */
  public static double[][] of(
      Function<NDList, NDList> forward, NDManager parent, float[][] inputs) {
    int s = ImagePrep.INPUT;
    int plane = 3 * s * s;
    double[][] out = new double[inputs.length][];
    for (int start = 0; start < inputs.length; start += BATCH) {
      int n = Math.min(BATCH, inputs.length - start);
      float[] x = new float[n * plane];
      for (int i = 0; i < n; i++) {
        System.arraycopy(inputs[start + i], 0, x, i * plane, plane);
      }
      try (NDManager m = parent.newSubManager()) {
        NDArray logits =
            forward.apply(new NDList(m.create(x, new Shape(n, 3, s, s)))).singletonOrThrow();
        float[] flat = logits.toFloatArray();
        int k = (int) logits.getShape().get(1);
        for (int i = 0; i < n; i++) {
          out[start + i] = new double[k];
          for (int c = 0; c < k; c++) {
            out[start + i][c] = flat[i * k + c];
          }
        }
      }
    }
    return out;
  }
}
