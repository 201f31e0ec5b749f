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
 * voided ones left out, dated in the clinic's time zone.
 */
@Component
class AssessmentSeverityHistory implements SeverityHistory {

  private final AssessmentService assessments;
  private final Dates dates;

  AssessmentSeverityHistory(AssessmentService assessments, Dates dates) {
    this.assessments = assessments;
    this.dates = dates;
  }

  @Override
  public List<ScorePoint> scores(UUID patientId, String instrument) {
    return assessments.list(patientId, instrument).stream()
        .map(a -> new ScorePoint(LocalDate.ofInstant(a.takenAt(), dates.zone()), a.score()))
        .toList();
  }
}
