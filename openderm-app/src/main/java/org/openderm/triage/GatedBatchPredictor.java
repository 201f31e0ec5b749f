package org.openderm.triage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.openderm.ml.lesion.AbstainReason;
import org.openderm.ml.lesion.BatchPredictor;
import org.openderm.ml.lesion.LesionClass;
import org.openderm.ml.lesion.LesionTriage;
import org.openderm.ml.lesion.TriageResult;
import org.openderm.photo.PhotoQualityService;
import org.openderm.photo.SanitizedImage;
import org.openderm.system.OpenDermException;

/**
 * The {@code predict triage} CSV ({@link BatchPredictor#HEADER}, DESIGN section 4) with the photo
 * feature's sanitiser and quality gate in front of the model, as for a clinician's photo. A file
 * the sanitiser refuses (not a JPEG or PNG, truncated, under 64 px ...) gets {@code
 * abstained=true,reason=unreadable} with empty probabilities. One the gate refuses ({@link
 * TriageGate}) gets {@code abstained=true,reason=quality_gate}: in this offline research output its
 * probabilities are still written, like those of out-of-scope and low-confidence images, so that an
 * evaluation can score every image and the abstention rule separately; no clinician sees them (in
 * the application a gated photo never reaches the model). The run goes on after any file.
 */
final class GatedBatchPredictor {

  private GatedBatchPredictor() {}

  /** Counts of a run; {@code unreadable} lists the refused files with the reason. */
  record Summary(int images, int abstained, int gated, List<String> unreadable) {}

  /** Writes the CSV for every file of {@code dir}; {@code progress} is told after each file. */
  static Summary predict(
      LesionTriage triage, PhotoQualityService quality, Path dir, Path csv, IntConsumer progress)
      throws IOException {
    List<Path> files = BatchPredictor.files(dir);
    List<String> unreadable = new ArrayList<>();
    int abstained = 0;
    int gated = 0;
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write(BatchPredictor.HEADER);
      w.newLine();
      for (Path f : files) {
        StringBuilder row = new StringBuilder(BatchPredictor.imageId(f).replace(",", "_"));
        SanitizedImage img = null;
        AbstainReason refused = null;
        try (InputStream in = Files.newInputStream(f)) {
          img = quality.sanitize(in);
          refused = TriageGate.allows(quality.verdict(img)) ? null : AbstainReason.QUALITY_GATE;
        } catch (OpenDermException | IOException e) {
          unreadable.add(f.getFileName() + " (" + e.getMessage() + ")");
          refused = AbstainReason.UNREADABLE;
        }
        if (refused == AbstainReason.UNREADABLE) {
          row.append(",".repeat(LesionClass.values().length)).append(",true,");
          row.append(refused.code());
          abstained++;
        } else {
          TriageResult r = triage.analyse(img.pixels(), false);
          for (double p : r.probabilities()) {
            // A model error has no probabilities: empty cells, as for an unreadable file.
            row.append(
                r.abstainReason() == AbstainReason.MODEL_ERROR
                    ? ","
                    : String.format(Locale.ROOT, ",%.6f", p));
          }
          AbstainReason reason =
              r.abstainReason() == AbstainReason.MODEL_ERROR || refused == null
                  ? r.abstainReason()
                  : refused;
          row.append(',').append(reason != null).append(',');
          row.append(reason != null ? reason.code() : "");
          abstained += reason != null ? 1 : 0;
          gated += refused != null ? 1 : 0;
        }
        w.write(row.toString());
        w.newLine();
        progress.accept(1);
      }
    }
    return new Summary(files.size(), abstained, gated, unreadable);
  }
}
