package org.openderm.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openderm.ml.quality.QualityIssue;
import org.openderm.ml.quality.QualityThresholds;
import org.openderm.ml.quality.QualityVerdict;
import org.openderm.photo.PhotoQualityService;
import org.openderm.photo.QualityReport;

/**
 * Which of the photo quality gate's issues keep a photo from the lesion model: all of them.
 *
 * <p>The gate ({@link org.openderm.ml.quality.QualityGate}) flags {@code RESOLUTION_LOW} under
 * {@link QualityThresholds#ANALYSIS_SHORT_SIDE}, what this model reads, so a fresh verdict and the
 * triage rule agree. Photos stored under the earlier, stricter 224 px rule lost that flag in
 * migration {@code V3_2}; should a row still carry it (a database restored from an older dump after
 * the migration ran), its resolution is judged again from the stored dimensions, and when it
 * suffices the flag becomes a note rather than a refusal.
 */
final class TriageGate {

  /**
   * Short side in pixels under which {@code RESOLUTION_LOW} blocks triage: the gate's own
   * threshold. The one place the triage rule lives; the API, the photo viewer and {@code predict
   * triage} all use it.
   */
  static final int MIN_SHORT_SIDE = QualityThresholds.ANALYSIS_SHORT_SIDE;

  private TriageGate() {}

  /** Whether the issue {@code code} (a {@link QualityIssue.Code} name) blocks triage. */
  static boolean blocks(String code, int width, int height) {
    return !(QualityIssue.Code.RESOLUTION_LOW.name().equals(code)
        && Math.min(width, height) >= MIN_SHORT_SIDE);
  }

  /** Whether a photo with these stored issue codes may go to the model. */
  static boolean allows(List<String> codes, int width, int height) {
    return codes.stream().noneMatch(c -> blocks(c, width, height));
  }

  /** Whether a fresh verdict lets the photo go to the model. */
  static boolean allows(QualityVerdict verdict) {
    return allows(codes(verdict), verdict.metrics().width(), verdict.metrics().height());
  }

  /**
   * The verdict for triage, messages in {@code locale}: blocking issues in {@code issues}, the
   * others (a resolution the model can work with) in {@code notes}.
   */
  static TriageResponse.Quality quality(QualityVerdict verdict, Locale locale) {
    QualityReport report = PhotoQualityService.report(verdict, locale);
    int w = verdict.metrics().width();
    int h = verdict.metrics().height();
    List<TriageResponse.Issue> issues = new ArrayList<>();
    List<TriageResponse.Issue> notes = new ArrayList<>();
    for (QualityReport.Issue i : report.issues()) {
      TriageResponse.Issue issue = new TriageResponse.Issue(i.code(), i.message());
      (blocks(i.code(), w, h) ? issues : notes).add(issue);
    }
    return new TriageResponse.Quality(issues.isEmpty(), issues, notes, verdict.metrics());
  }

  private static List<String> codes(QualityVerdict verdict) {
    return verdict.issues().stream().map(i -> i.code().name()).toList();
  }
}
