package org.openderm.decision;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openderm.patient.PatientRecordSection;
import org.openderm.security.CurrentUser;
import org.openderm.security.Role;
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
      TreatmentService treatments, PatientCardsService cards) {
    return new Section(1, "decision/summary") {
      @Override
      public Map<String, Object> model(UUID patientId, Locale locale) {
        Map<String, Object> m = new HashMap<>();
        m.put(
            "summaryProblems",
            treatments.problems(patientId).stream()
                .filter(TreatmentRecords.Problem::active)
                .toList());
        m.put(
            "summaryMedications",
            treatments.medications(patientId).stream()
                .filter(TreatmentRecords.Medication::active)
                .toList());
        List<Card> open =
            CurrentUser.hasRole(Role.CLINICIAN) ? cards.cards(patientId, locale).open() : List.of();
        m.put("summaryAlerts", open.stream().filter(c -> !isMonitoring(c.ruleId())).toList());
        m.put("summaryMonitoring", open.stream().filter(c -> isMonitoring(c.ruleId())).toList());
        m.put("summaryShowsCards", CurrentUser.hasRole(Role.CLINICIAN));
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
