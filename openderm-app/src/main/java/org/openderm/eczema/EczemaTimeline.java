package org.openderm.eczema;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openderm.patient.TimelineContributor;
import org.openderm.patient.TimelineEntry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts each stored assessment on the patient's timeline ("PO-SCORAD 45,5 / 103, modéré"). */
@Component
class EczemaTimeline implements TimelineContributor {

  private final AssessmentService assessments;
  private final MessageSource messages;

  EczemaTimeline(AssessmentService assessments, MessageSource messages) {
    this.assessments = assessments;
    this.messages = messages;
  }

  @Override
  public List<TimelineEntry> entries(UUID patientId, Locale locale) {
    NumberFormat number = NumberFormat.getNumberInstance(locale);
    number.setMaximumFractionDigits(2);
    return assessments.list(patientId, null).stream()
        .map(
            a ->
                new TimelineEntry(
                    a.takenAt(),
                    "assessment",
                    label("eczema.instrument." + a.instrument(), locale)
                        + " "
                        + number.format(a.score())
                        + " / "
                        + a.max()
                        + ", "
                        + label("eczema.band." + a.band().name(), locale),
                    "/patients/" + patientId + "#eczema-course"))
        .toList();
  }

  private String label(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
