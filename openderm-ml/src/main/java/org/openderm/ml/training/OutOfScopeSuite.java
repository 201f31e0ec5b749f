package org.openderm.ml.training;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.openderm.ml.lesion.ImagePrep;
import org.openderm.ml.lesion.TriageModel;

/**
 * Measures how often the out-of-scope detector flags generated non-lesion images ({@link
 * SyntheticInputs}), and how often the model abstains on them for any reason.
 */
public final class OutOfScopeSuite {

  /** Images generated per category. */
  public static final int PER_CATEGORY = 40;

  private OutOfScopeSuite() {}

  /**
   * Category to share flagged ({@code perCategory} images each); "(any abstention)" entries add
   * low-confidence abstentions.
   */
  public static Map<String, Double> rates(TriageModel m, Dataset ds, long seed, int perCategory) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Map<String, Double> out = new LinkedHashMap<>();
    List<Ham10000.Sample> val = ds.val();
    for (String cat : SyntheticInputs.CATEGORIES) {
      List<BufferedImage> imgs = new ArrayList<>();
      for (int i = 0; i < perCategory; i++) {
        BufferedImage lesion =
            ModelRunner.toImage(ds.thumbnail(val.get(rnd.nextInt(val.size()))), ImagePrep.CACHE);
        imgs.add(SyntheticInputs.generate(cat, rnd, lesion));
      }
      TriageModel.Output o =
          ModelRunner.run(m, imgs.size(), i -> ImagePrep.input(imgs.get(i)), cat);
      int ood = 0;
      int any = 0;
      for (int i = 0; i < imgs.size(); i++) {
        boolean flagged = m.outOfScope().score(o.features()[i]) > m.settings().outOfScope();
        double[] p = Calibration.softmax(o.logits()[i], m.settings().temperature());
        boolean low = p[Metrics.argmax(p)] < m.settings().lowConfidence();
        ood += flagged ? 1 : 0;
        any += flagged || low ? 1 : 0;
      }
      out.put(cat, ood / (double) imgs.size());
      out.put(cat + " (any abstention)", any / (double) imgs.size());
    }
    return out;
  }
}
