package org.openderm.ml.training;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openderm.ml.lesion.TriageModel;

/**
 * External validation on the isic-557 layout ({@code labels.csv} with {@code image_id,diagnosis}
 * where diagnosis is melanoma or nevus, and {@code images/}): melanoma-versus-nevus AUROC of the
 * calibrated melanoma probability, and the urgent threshold's operating point there.
 */
public final class ExternalValidation {

  private ExternalValidation() {}

  /** Runs the model on the folder and measures the melanoma-vs-nevus figures. */
  public static FinishReport.External run(TriageModel m, Path dir, long seed) throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve("labels.csv"), StandardCharsets.UTF_8);
    List<Path> files = new ArrayList<>();
    List<Boolean> melanoma = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if (f.length > 1 && (f[1].equals("melanoma") || f[1].equals("nevus"))) {
        files.add(dir.resolve("images").resolve(f[0] + ".jpg"));
        melanoma.add(f[1].equals("melanoma"));
      }
    }
    List<BufferedImage> imgs = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    int unreadable = 0;
    for (int i = 0; i < files.size(); i++) {
      BufferedImage img = ModelRunner.decode(List.of(files.get(i))).get(0);
      if (img == null) {
        unreadable++;
      } else {
        imgs.add(ModelRunner.thumbnailImage(img));
        labels.add(melanoma.get(i));
      }
    }
    TriageModel.Output out =
        ModelRunner.run(m, imgs.size(), i -> ModelRunner.input(imgs.get(i)), "isic-557");
    double[][] probs = Calibration.probabilities(out.logits(), m.settings().temperature());
    int[] truth = labels.stream().mapToInt(b -> b ? 4 : 5).toArray();
    int mel = (int) labels.stream().filter(b -> b).count();
    Metrics.Estimate auc =
        Metrics.bootstrap(
            truth.length, idx -> Evaluation.auroc(probs, truth, idx, 4), Evaluation.ROUNDS, seed);
    FinishReport.Operating urgent =
        Thresholds.operating(probs, truth, new int[] {4}, m.settings().urgentMelanoma(), p -> p[4]);
    return new FinishReport.External(truth.length, mel, auc, urgent, unreadable);
  }
}
