package org.openderm.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openderm.ml.quality.QualityIssue;
import org.openderm.ml.quality.QualityVerdict;
import org.openderm.photo.PhotoQualityService;
import org.openderm.photo.QualityReport;

/**
 * Which of the photo quality gate's issues keep a photo from the lesion model: all of them, except
 * a resolution under the gate's 224 px when the photo still has more pixels than this model reads.
 *
 * <p>The gate ({@link org.openderm.ml.quality.QualityGate}) flags {@code RESOLUTION_LOW} under 224
 * px on the short side, the input of the usual lesion networks and of the ISIC 2018 test. The
 * OpenDerm lesion model reads less: it area-averages the centre square down to {@link
 * org.openderm.ml.lesion.ImagePrep#CACHE} (96) pixels and feeds an 80-pixel input, and it was
 * trained on HAM10000 images of 200 x 150. Blocking every image under 224 px would refuse its own
 * training data while adding nothing the model can use. Every other issue (blur, exposure, colour,
 * framing) blocks as the gate says.
 */
final class TriageGate {

  /**
   * Short side in pixels under which {@code RESOLUTION_LOW} blocks triage. 128 px keeps a third
   * more than the model's 96 px thumbnail (each thumbnail pixel averages real pixels, none is
   * invented by up-sampling) and admits HAM10000's 150 px. Raise it if the model's input grows:
   * {@code TriageGateTest} fails when it falls under {@code ImagePrep.CACHE}. The one place this
   * rule lives; the API, the photo viewer and {@code predict triage} all use it.
   */
  static final int MIN_SHORT_SIDE = 128;

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
