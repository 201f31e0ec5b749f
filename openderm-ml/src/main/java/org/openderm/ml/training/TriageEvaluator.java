package org.openderm.ml.training;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openderm.ml.lesion.BatchPredictor;
import org.openderm.ml.lesion.LesionClass;
import org.openderm.ml.lesion.LesionTriage;
import org.openderm.ml.lesion.TriageResult;

/**
 * {@code evaluate triage}: runs the model on labelled images and reports the metrics with 95%
 * bootstrap intervals. Every readable labelled image counts (abstentions included, with the
 * probabilities the model gave), so abstaining cannot flatter the figures; the abstention rate is
 * reported beside them.
 */
public final class TriageEvaluator {

  private TriageEvaluator() {}

  /** What an evaluation measured. */
  public record Result(
      Evaluation.Report report,
      int labelled,
      int missing,
      int unreadable,
      int abstained,
      int[] classCounts) {}

  /** Evaluates the images of {@code dir} named in {@code labels}. */
  public static Result evaluate(LesionTriage triage, Path dir, Path labels, long seed)
      throws IOException {
    Map<String, LesionClass> truthById = LabelledSet.read(labels);
    Map<String, Path> files = new java.util.HashMap<>();
    for (Path f : BatchPredictor.files(dir)) {
      files.put(BatchPredictor.imageId(f), f);
    }
    List<double[]> probs = new ArrayList<>();
    List<Integer> truth = new ArrayList<>();
    int missing = 0;
    int unreadable = 0;
    int abstained = 0;
    try (ProgressBar bar = new ProgressBar("evaluate", truthById.size())) {
      for (Map.Entry<String, LesionClass> e : truthById.entrySet()) {
        bar.step(1);
        Path f = files.get(e.getKey());
        if (f == null || !Files.isReadable(f)) {
          missing++;
          continue;
        }
        BufferedImage img = BatchPredictor.decode(f);
        if (img == null) {
          unreadable++;
          continue;
        }
        TriageResult r = triage.analyse(img, false);
        abstained += r.abstained() ? 1 : 0;
        probs.add(r.probabilities());
        truth.add(e.getValue().ordinal());
      }
    }
    if (probs.isEmpty()) {
      throw new IOException("no labelled image could be read in " + dir);
    }
    int[] t = truth.stream().mapToInt(Integer::intValue).toArray();
    int[] counts = new int[LesionClass.values().length];
    for (int c : t) {
      counts[c]++;
    }
    Evaluation.Report rep = Evaluation.evaluate(probs.toArray(new double[0][]), t, seed);
    return new Result(rep, truthById.size(), missing, unreadable, abstained, counts);
  }
}
