package org.openderm.eczema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openderm.forecast.ScorePoint;
import org.openderm.forecast.SeverityHistory;
import org.openderm.system.Dates;
import org.springframework.stereotype.Component;

/**
 * Gives the flare forecast the patient's stored scores: the current version of each assessment,
 * voided ones left out, dated in the clinic's time zone, oldest first (so that of several entries
 * on one day the latest counts).
 */
@Component
class AssessmentSeverityHistory implements SeverityHistory {

  private final AssessmentService assessments;
  private final EczemaPatients eczema;
  private final Dates dates;

  AssessmentSeverityHistory(AssessmentService assessments, EczemaPatients eczema, Dates dates) {
    this.assessments = assessments;
    this.eczema = eczema;
    this.dates = dates;
  }

  @Override
  public boolean hasEczema(UUID patientId) {
    return eczema.hasEczema(patientId, assessments.list(patientId, null));
  }

  @Override
  public List<ScorePoint> scores(UUID patientId, String instrument) {
    return assessments.list(patientId, instrument).stream()
        .map(a -> new ScorePoint(LocalDate.ofInstant(a.takenAt(), dates.zone()), a.score()))
        .toList();
  }
}
