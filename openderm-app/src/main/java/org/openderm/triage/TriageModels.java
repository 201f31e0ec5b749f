package org.openderm.triage;

import java.nio.file.Path;
import org.openderm.ml.lesion.LesionTriage;
import org.openderm.ml.lesion.TriageModel;

/** Opens the lesion model for the command line: a model folder if given, else the bundled one. */
final class TriageModels {

  private TriageModels() {}

  static LesionTriage open(Path modelDir) {
    TriageModel m = modelDir == null ? TriageModel.loadBundled() : TriageModel.load(modelDir);
    return new LesionTriage(m, 1);
  }
}
