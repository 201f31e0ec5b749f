package org.openderm.decision;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openderm.eczema.AssessmentService;
import org.openderm.patient.PatientRecordSection;
import org.openderm.patient.TimelineContributor;
import org.openderm.patient.TimelineEntry;
import org.openderm.photo.PhotoService;
import org.openderm.record.ClinicalRecord;
import org.openderm.record.ClinicalRecordService;
import org.openderm.security.CurrentUser;
import org.openderm.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The decision feature's panels on the patient record page: the one-screen record summary and the
 * decision cards with accept/dismiss. Cards are shown to clinicians only.
 */
@Configuration(proxyBeanMethods = false)
class DecisionSections {

  /** Rules whose card says a test or check is due: listed under "monitoring due". */
  static boolean isMonitoring(String ruleId) {
    return ruleId.contains("monitoring")
        || ruleId.contains("pregnancy-test")
        || ruleId.contains("screening")
        || ruleId.endsWith("-labs");
  }

  @Bean
  PatientRecordSection decisionSummarySection(
      ClinicalRecordService records,
      PatientCardsService cards,
      AssessmentService assessments,
      PhotoService photos) {
    return new Section(1, "decision/summary") {
      @Override
      public Map<String, Object> model(UUID patientId, Locale locale) {
        Map<String, Object> m = new HashMap<>();
        m.put(
            "summaryProblems",
            records.problems(patientId).stream().filter(ClinicalRecord.Problem::active).toList());
        m.put(
            "summaryMedications",
            records.medications(patientId).stream()
                .filter(ClinicalRecord.Medication::active)
                .toList());
        List<Card> open =
            CurrentUser.hasRole(Role.CLINICIAN) ? cards.cards(patientId, locale).open() : List.of();
        m.put("summaryAlerts", open.stream().filter(c -> !isMonitoring(c.ruleId())).toList());
        m.put("summaryMonitoring", open.stream().filter(c -> isMonitoring(c.ruleId())).toList());
        m.put("summaryShowsCards", CurrentUser.hasRole(Role.CLINICIAN));
        m.put("summaryScores", RecordSummary.scores(assessments, patientId, locale));
        m.put("summaryPhotos", RecordSummary.photos(photos, patientId));
        m.put("summaryPatientId", patientId);
        return m;
      }
    };
  }

  @Bean
  PatientRecordSection decisionCardsSection(PatientCardsService cards) {
    return new Section(55, "decision/cards") {
      @Override
      public Map<String, Object> model(UUID patientId, Locale locale) {
        if (!CurrentUser.hasRole(Role.CLINICIAN)) {
          return Map.of(
              "decisionCards", List.of(), "decisionHandled", List.of(), "decisionVisible", false);
        }
        PatientCards c = cards.cards(patientId, locale);
        return Map.of(
            "decisionCards", c.open(),
            "decisionHandled", c.handled(),
            "decisionVisible", true,
            "overrideReasons",
                java.util.Arrays.stream(OverrideReasons.values())
                    .map(OverrideReasons::code)
                    .toList());
      }
    };
  }

  /** Accepted and dismissed cards on the patient's timeline, for clinicians (who see cards). */
  @Bean
  TimelineContributor decisionTimeline(
      PatientCardsService cards, DecisionService decisions, MessageSource messages) {
    return (patientId, locale) -> {
      if (!CurrentUser.hasRole(Role.CLINICIAN)) {
        return List.of();
      }
      return cards.feedbackHistory(patientId).stream()
          .map(
              f -> {
                String summary = decisions.summary(f.ruleId(), locale);
                String text =
                    "ACCEPTED".equals(f.outcome())
                        ? messages.getMessage(
                            "decision.timeline.accepted", new Object[] {summary}, locale)
                        : messages.getMessage(
                            "decision.timeline.dismissed",
                            new Object[] {
                              summary,
                              messages.getMessage(
                                  "decision.override." + f.reason(), null, f.reason(), locale)
                            },
                            locale);
                return new TimelineEntry(
                    f.recordedAt(), "decision", text, "/patients/" + patientId + "#decision-cards");
              })
          .toList();
    };
  }

  private abstract static class Section implements PatientRecordSection {
    private final int order;
    private final String template;

    Section(int order, String template) {
      this.order = order;
      this.template = template;
    }

    @Override
    public int order() {
      return order;
    }

    @Override
    public String template() {
      return template;
    }
  }
}
