package org.openderm.triage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openderm.ml.lesion.LesionOutliner;
import org.openderm.ml.lesion.LesionTriage;
import org.openderm.ml.lesion.ModelFiles;
import org.openderm.ml.lesion.ModelIntegrityException;
import org.openderm.ml.lesion.TriageModel;

/**
 * Holds the lesion model: its files, and those of the lesion outline network, are unpacked and
 * their SHA-256 checked when the application starts (a corrupt or replaced file stops startup with
 * {@link ModelIntegrityException}); the PyTorch engine itself is loaded on the first triage, so
 * that starting the server (and every integration test) does not pay for it.
 */
final class TriageEngine implements AutoCloseable {

  private final Path dir;
  private final int poolSize;
  private volatile LesionTriage triage;

  TriageEngine(int poolSize) {
    this.poolSize = poolSize;
    try {
      this.dir = Files.createTempDirectory("openderm-lesion-");
    } catch (IOException e) {
      throw new ModelIntegrityException("cannot unpack the lesion model", e);
    }
    ModelFiles.extractBundled(dir);
    LesionOutliner.verifyBundled();
  }

  /** The loaded model (loaded once, thread-safe). */
  LesionTriage triage() {
    LesionTriage t = triage;
    if (t == null) {
      synchronized (this) {
        if (triage == null) {
          try {
            triage = new LesionTriage(TriageModel.load(dir), poolSize);
          } catch (RuntimeException e) {
            throw new TriageUnavailableException("The lesion model could not be loaded.", e);
          }
        }
        t = triage;
      }
    }
    return t;
  }

  @Override
  public synchronized void close() {
    if (triage != null) {
      triage.close();
      triage = null;
    }
  }
}
