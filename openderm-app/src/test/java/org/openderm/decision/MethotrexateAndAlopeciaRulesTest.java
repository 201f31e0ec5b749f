package org.openderm.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openderm.decision.Hook.ORDER_SIGN;
import static org.openderm.decision.Hook.PATIENT_VIEW;
import static org.openderm.decision.TestPatient.TODAY;
import static org.openderm.decision.TestPatient.man;
import static org.openderm.decision.TestPatient.woman;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openderm.decision.PatientContext.Status;

class MethotrexateAndAlopeciaRulesTest {

  @Test
  void methotrexateDaily_isCriticalAndFirst() {
    List<Card> cards =
        man(50)
            .med("methotrexate", Status.DRAFT, 1.0, null, null)
            .takes("folic-acid")
            .cards(ORDER_SIGN);
    assertThat(cards.get(0).ruleId()).isEqualTo("methotrexate-daily-dosing");
    assertThat(cards.get(0).indicator()).isEqualTo(Indicator.CRITICAL);
  }

  @Test
  void methotrexateWeekly_raisesNoScheduleCard() {
    assertThat(
            man(50)
                .med("methotrexate", Status.DRAFT, 7.0, null, null)
                .takes("folic-acid")
                .ruleIds(ORDER_SIGN))
        .doesNotContain(
            "methotrexate-daily-dosing",
            "methotrexate-more-than-weekly",
            "methotrexate-schedule-not-stated");
  }

  @Test
  void methotrexateTwiceAWeek_warns_andUnstated_informs() {
    assertThat(man(50).med("methotrexate", Status.DRAFT, 3.5, null, null).ruleIds(ORDER_SIGN))
        .contains("methotrexate-more-than-weekly")
        .doesNotContain("methotrexate-daily-dosing");
    assertThat(man(50).med("methotrexate", Status.DRAFT, null, null, null).ruleIds(ORDER_SIGN))
        .contains("methotrexate-schedule-not-stated");
  }

  @Test
  void methotrexate_withoutFolicAcid_warns_withFolicOrFolinicAcid_isSilent() {
    assertThat(man(50).takes("methotrexate").ruleIds(PATIENT_VIEW))
        .contains("methotrexate-folic-acid");
    assertThat(man(50).takes("methotrexate").takes("folic-acid").ruleIds(PATIENT_VIEW))
        .doesNotContain("methotrexate-folic-acid");
    assertThat(man(50).takes("methotrexate").orders("folinic-acid").ruleIds(ORDER_SIGN))
        .doesNotContain("methotrexate-folic-acid");
  }

  @Test
  void methotrexate_baselineLabs_whenStarting() {
    assertThat(man(50).orders("methotrexate").ruleIds(ORDER_SIGN))
        .contains("methotrexate-baseline-labs");
    assertThat(man(50).orders("methotrexate").fullWorkUp().ruleIds(ORDER_SIGN))
        .doesNotContain("methotrexate-baseline-labs");
  }

  @Test
  void methotrexate_monitoring_dueAfterThreeMonthsWithoutLabs() {
    assertThat(
            man(50)
                .takes("methotrexate")
                .lab("platelets", 200.0, TODAY.minusDays(120))
                .ruleIds(PATIENT_VIEW))
        .contains("methotrexate-monitoring-labs");
    assertThat(man(50).takes("methotrexate").fullWorkUp().ruleIds(PATIENT_VIEW))
        .doesNotContain("methotrexate-monitoring-labs");
  }

  @Test
  void methotrexate_inPregnancy_isCritical() {
    assertThat(woman(30).pregnant().takes("methotrexate").ruleIds(PATIENT_VIEW))
        .contains("methotrexate-pregnancy");
    assertThat(woman(30).takes("methotrexate").ruleIds(PATIENT_VIEW))
        .doesNotContain("methotrexate-pregnancy");
  }

  @Test
  void alopecia_salt20to49_and_salt50_inform_below20_isSilent() {
    assertThat(man(30).score("SALT", 35).ruleIds(PATIENT_VIEW))
        .contains("alopecia-areata-extensive-systemic")
        .doesNotContain("alopecia-areata-severe-systemic");
    assertThat(man(30).score("SALT", 50).cards(PATIENT_VIEW))
        .anySatisfy(
            c -> {
              assertThat(c.ruleId()).isEqualTo("alopecia-areata-severe-systemic");
              assertThat(c.indicator()).isEqualTo(Indicator.INFO);
              assertThat(c.detail()).contains("JAK", "SALT = 50");
            });
    assertThat(man(30).score("SALT", 19.9).ruleIds(PATIENT_VIEW))
        .doesNotContain("alopecia-areata-extensive-systemic", "alopecia-areata-severe-systemic");
  }

  @Test
  void alopecia_alreadyOnAJakInhibitor_isSilent() {
    assertThat(man(30).score("SALT", 80).takes("baricitinib").ruleIds(PATIENT_VIEW))
        .doesNotContain("alopecia-areata-severe-systemic");
  }

  @Test
  void cards_speakFrench_whenAsked() {
    List<Card> cards =
        TestPatient.SERVICE.evaluate(
            man(30).score("SALT", 60).build(), PATIENT_VIEW, Locale.FRENCH);
    assertThat(cards)
        .first()
        .satisfies(
            c -> {
              assertThat(c.summary()).startsWith("Pelade sévère");
              assertThat(c.detail()).contains("Pourquoi :");
            });
  }

  @Test
  void unrecognisedInput_givesOneInfoCardNamingIt() {
    PatientContext ctx =
        new PatientContext(
            40,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of("Medication: Zorblax 5 mg (http://example.org|ZX5)"));
    List<Card> cards = TestPatient.SERVICE.evaluate(ctx, PATIENT_VIEW, Locale.ENGLISH);
    assertThat(cards)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.indicator()).isEqualTo(Indicator.INFO);
              assertThat(c.detail()).contains("Zorblax 5 mg");
            });
  }
}
