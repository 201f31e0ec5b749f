package org.openderm.ml.lesion;

import java.awt.image.BufferedImage;
import java.util.concurrent.Semaphore;

/**
 * The lesion triage service: one model loaded once, at most {@code poolSize} inferences at a time.
 *
 * <p>What it is: a research-grade classifier of dermoscopic images of pigmented lesions into the
 * seven HAM10000 categories (Tschandl et al., Sci Data 2018), with calibrated probabilities, a
 * referral suggestion and a heat map. What it is not: a diagnosis, a tool for clinical (non
 * dermoscopic) photos, or validated on skin of colour, which HAM10000 barely contains. It abstains
 * when the image is out of scope or its confidence is low. Its weights inherit HAM10000's CC
 * BY-NC-SA 4.0 licence: non-commercial use only.
 */
public final class LesionTriage implements AutoCloseable {

  private final TriageModel model;
  private final Semaphore pool;

  /** Wraps a loaded model; {@code poolSize} bounds concurrent inferences (memory and cores). */
  public LesionTriage(TriageModel model, int poolSize) {
    this.model = model;
    this.pool = new Semaphore(Math.max(1, poolSize), true);
  }

  /** The bundled model, verified against its SHA-256 sums; fails clearly on a mismatch. */
  public static LesionTriage bundled(int poolSize) {
    return new LesionTriage(TriageModel.loadBundled(), poolSize);
  }

  /** Triage of one decoded image; {@code explain} adds the heat map. */
  public TriageResult analyse(BufferedImage image, boolean explain) {
    float[] input = ImagePrep.input(image);
    TriageModel.Output out;
    pool.acquireUninterruptibly();
    try {
      out = model.run(new float[][] {input}, explain);
    } finally {
      pool.release();
    }
    return decide(model, out, 0, image, explain);
  }

  /** Turns one row of a model output into a result (shared with evaluation). */
  static TriageResult decide(
      TriageModel model, TriageModel.Output out, int i, BufferedImage image, boolean explain) {
    TriageSettings s = model.settings();
    double[] p = softmax(out.logits()[i], s.temperature());
    if (!allFinite(p) || !allFinite(out.features()[i])) {
      // NaN from the engine (seen with libtorch's AVX-512 convolutions) must never be shown,
      // stored or exported as probabilities: abstain, with no probabilities and no heat map.
      return new TriageResult(
          new double[p.length],
          0,
          null,
          AbstainReason.MODEL_ERROR,
          0,
          null,
          s.version(),
          model.sha256());
    }
    double ood = model.outOfScope().score(out.features()[i]);
    AbstainReason reason = null;
    if (ood > s.outOfScope()) {
      reason = AbstainReason.OUT_OF_SCOPE;
    } else if (max(p) < s.lowConfidence()) {
      reason = AbstainReason.LOW_CONFIDENCE;
    }
    Referral referral = reason == null ? Referral.of(p, s) : null;
    byte[] png = null;
    if (explain && image != null) {
      int top = argmax(p);
      png =
          HeatMap.png(image, model.activationMap(out.maps()[i], out.mapSide(), top), out.mapSide());
    }
    return new TriageResult(
        p, Referral.malignancyRisk(p), referral, reason, ood, png, s.version(), model.sha256());
  }

  /**
   * The lesion's outline measurements ({@link LesionOutline}: the outline network, then {@link
   * LesionShape}) on the image scaled so that its long side is at most 256 pixels (smaller images
   * are measured at their own size); null when nothing was outlined.
   */
  public static LesionShape measure(BufferedImage image) {
    return LesionOutline.of(image).shape();
  }

  /** Triage of pre-computed model outputs, for batch evaluation. */
  public TriageResult decide(TriageModel.Output out, int i) {
    return decide(model, out, i, null, false);
  }

  /** The underlying model. */
  public TriageModel model() {
    return model;
  }

  static double[] softmax(double[] z, double t) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      m = Math.max(m, v / t);
    }
    double[] p = new double[z.length];
    double sum = 0;
    for (int c = 0; c < z.length; c++) {
      p[c] = Math.exp(z[c] / t - m);
      sum += p[c];
    }
    for (int c = 0; c < z.length; c++) {
      p[c] /= sum;
    }
    return p;
  }

  static boolean allFinite(double[] v) {
    for (double x : v) {
      if (!Double.isFinite(x)) {
        return false;
      }
    }
    return true;
  }

  private static double max(double[] p) {
    return p[argmax(p)];
  }

  /** Index of the largest value (the first of equals). */
  static int argmax(double[] p) {
    int best = 0;
    for (int c = 1; c < p.length; c++) {
      if (p[c] > p[best]) {
        best = c;
      }
    }
    return best;
  }

  @Override
  public void close() {
    model.close();
  }
}
