package org.openderm.ml.card;

import java.io.IOException;
import java.nio.file.Path;
import org.openderm.ml.lesion.ModelFiles;
import org.openderm.ml.training.FinishReport;
import org.openderm.ml.training.ModelFinisher;
import org.openderm.ml.training.TrainOptions;
import org.openderm.ml.training.TriageTrainer;

/**
 * The whole {@code train triage} run: train, calibrate and fit the decision settings, then write
 * the model card. The output folder then holds everything the bundled model folder needs.
 */
public final class TriagePipeline {

  private TriagePipeline() {}

  /** Trains, finishes and documents a model in {@code o.out()}. */
  public static FinishReport run(TrainOptions o) throws IOException {
    TriageTrainer.Result r = TriageTrainer.train(o);
    return document(o, r);
  }

  /** Finishes and documents already trained weights (the result of {@link TriageTrainer}). */
  public static FinishReport document(TrainOptions o, TriageTrainer.Result r) throws IOException {
    FinishReport report = ModelFinisher.finish(o, r);
    String sha = ModelFiles.verify(o.out());
    ModelCard.write(report, sha, o.out());
    return report;
  }

  /** The folder's weights digest (after {@link #run}). */
  public static String sha256(Path out) {
    return ModelFiles.verify(out);
  }
}
