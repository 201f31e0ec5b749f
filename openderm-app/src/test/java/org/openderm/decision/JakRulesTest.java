package org.openderm.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openderm.decision.Hook.ORDER_SELECT;
import static org.openderm.decision.Hook.ORDER_SIGN;
import static org.openderm.decision.Hook.PATIENT_VIEW;
import static org.openderm.decision.TestPatient.TODAY;
import static org.openderm.decision.TestPatient.man;
import static org.openderm.decision.TestPatient.woman;

import org.junit.jupiter.api.Test;
import org.openderm.decision.PatientContext.Smoking;
import org.openderm.decision.PatientContext.Status;

class JakRulesTest {

  @Test
  void screening_whenJakOrderedWithoutWorkUp_warnsAndListsTheMissingTests() {
    Card card =
        man(40).orders("baricitinib").cards(ORDER_SIGN).stream()
            .filter(c -> c.ruleId().equals("jak-screening-before-start"))
            .findFirst()
            .orElseThrow();
    assertThat(card.indicator()).isEqualTo(Indicator.WARNING);
    assertThat(card.detail()).contains("tuberculosis screening", "hepatitis B", "lipid panel");
    assertThat(card.source().label()).contains("SmPC").contains("2024");
  }

  @Test
  void screening_whenWorkUpIsRecent_isSilent() {
    assertThat(man(40).orders("upadacitinib").fullWorkUp().ruleIds(ORDER_SIGN))
        .doesNotContain("jak-screening-before-start");
  }

  @Test
  void screening_whenOnlyTbIsMissing_namesTb() {
    TestPatient p = man(40).orders("abrocitinib").fullWorkUp();
    PatientContext ctx = p.build();
    PatientContext noTb =
        new PatientContext(
            ctx.ageYears(),
            ctx.sex(),
            ctx.pregnancy(),
            null,
            ctx.diagnoses(),
            ctx.medications(),
            ctx.vaccines(),
            ctx.labs().stream().filter(l -> !l.group().equals("tuberculosis-screen")).toList(),
            ctx.smoking(),
            ctx.scores(),
            null);
    Card card =
        TestPatient.SERVICE.evaluate(noTb, ORDER_SELECT, java.util.Locale.ENGLISH).stream()
            .filter(c -> c.ruleId().equals("jak-screening-before-start"))
            .findFirst()
            .orElseThrow();
    assertThat(card.detail()).contains("tuberculosis").doesNotContain("lipid panel:");
  }

  @Test
  void screening_isNotAskedAtPatientView_norForANonJakOrder() {
    assertThat(man(40).takes("baricitinib").ruleIds(PATIENT_VIEW))
        .doesNotContain("jak-screening-before-start");
    assertThat(man(40).orders("dupilumab").ruleIds(ORDER_SIGN))
        .doesNotContain("jak-screening-before-start");
  }

  @Test
  void pregnancyTest_beforeStart_onlyForSomeoneWhoCanBecomePregnant() {
    assertThat(woman(30).orders("ritlecitinib").ruleIds(ORDER_SIGN))
        .contains("jak-pregnancy-before-start");
    assertThat(man(30).orders("ritlecitinib").ruleIds(ORDER_SIGN))
        .doesNotContain("jak-pregnancy-before-start");
    assertThat(woman(30).orders("ritlecitinib").fullWorkUp().ruleIds(ORDER_SIGN))
        .doesNotContain("jak-pregnancy-before-start");
  }

  @Test
  void pregnant_onJak_isCritical() {
    assertThat(woman(30).pregnant().takes("baricitinib").cards(PATIENT_VIEW))
        .anySatisfy(
            c -> {
              assertThat(c.ruleId()).isEqualTo("jak-pregnant");
              assertThat(c.indicator()).isEqualTo(Indicator.CRITICAL);
            });
    assertThat(woman(30).takes("baricitinib").ruleIds(PATIENT_VIEW)).doesNotContain("jak-pregnant");
  }

  @Test
  void emaRestrictions_fireForEachRiskFactor_andNotWithout() {
    String id = "jak-ema-2022-restrictions";
    assertThat(man(70).orders("baricitinib").ruleIds(ORDER_SIGN)).contains(id);
    assertThat(man(40).smoking(Smoking.FORMER).orders("baricitinib").ruleIds(ORDER_SIGN))
        .contains(id);
    assertThat(man(40).smoking(Smoking.CURRENT).takes("upadacitinib").ruleIds(PATIENT_VIEW))
        .contains(id);
    assertThat(
            man(40).condition("malignancy", "melanoma").orders("abrocitinib").ruleIds(ORDER_SIGN))
        .contains(id);
    assertThat(
            man(40)
                .condition("vte", "pulmonary embolism")
                .orders("ritlecitinib")
                .ruleIds(ORDER_SIGN))
        .contains(id);
    assertThat(
            man(40)
                .condition("cardiovascular", "hypertension")
                .orders("ritlecitinib")
                .ruleIds(ORDER_SIGN))
        .contains(id);
    assertThat(man(64).orders("baricitinib").ruleIds(ORDER_SIGN)).doesNotContain(id);
    assertThat(man(70).orders("dupilumab").ruleIds(ORDER_SIGN)).doesNotContain(id);
  }

  @Test
  void emaRestrictions_detailSaysWhichRiskFactor() {
    Card card =
        man(72).smoking(Smoking.CURRENT).takes("baricitinib").cards(PATIENT_VIEW).stream()
            .filter(c -> c.ruleId().equals("jak-ema-2022-restrictions"))
            .findFirst()
            .orElseThrow();
    assertThat(card.detail()).contains("age 72 years", "current smoker");
  }

  @Test
  void startThresholds_abrocitinib_usesItsOwnTable() {
    String id = "jak-abrocitinib-start-labs";
    // Platelets 120: below abrocitinib's 150 but above ritlecitinib's 100.
    assertThat(
            man(40)
                .fullWorkUp()
                .lab("platelets", 120.0, TODAY)
                .orders("abrocitinib")
                .ruleIds(ORDER_SIGN))
        .contains(id);
    assertThat(
            man(40)
                .fullWorkUp()
                .lab("platelets", 120.0, TODAY)
                .orders("ritlecitinib")
                .ruleIds(ORDER_SIGN))
        .doesNotContain("jak-ritlecitinib-start-labs");
    assertThat(
            man(40)
                .fullWorkUp()
                .lab("neutrophils", 1.1, TODAY)
                .orders("abrocitinib")
                .ruleIds(ORDER_SIGN))
        .contains(id);
    assertThat(
            man(40)
                .fullWorkUp()
                .lab("haemoglobin", 9.5, TODAY)
                .orders("abrocitinib")
                .ruleIds(ORDER_SIGN))
        .contains(id);
    assertThat(man(40).fullWorkUp().orders("abrocitinib").ruleIds(ORDER_SIGN)).doesNotContain(id);
  }

  @Test
  void startThresholds_baricitinib_lymphocytesBelowHalf_isCritical() {
    assertThat(
            man(40)
                .fullWorkUp()
                .lab("lymphocytes", 0.4, TODAY)
                .orders("baricitinib")
                .cards(ORDER_SIGN))
        .anySatisfy(
            c -> {
              assertThat(c.ruleId()).isEqualTo("jak-baricitinib-upadacitinib-start-labs");
              assertThat(c.indicator()).isEqualTo(Indicator.CRITICAL);
              assertThat(c.detail()).contains("lymphocytes (10^9/L) 0.4");
            });
    assertThat(
            man(40)
                .fullWorkUp()
                .lab("lymphocytes", 0.6, TODAY)
                .orders("baricitinib")
                .ruleIds(ORDER_SIGN))
        .doesNotContain("jak-baricitinib-upadacitinib-start-labs");
  }

  @Test
  void onTreatmentThresholds_useTheLatestResult() {
    String id = "jak-ritlecitinib-on-treatment-labs";
    TestPatient low = man(30).takes("ritlecitinib").lab("platelets", 45.0, TODAY.minusDays(1));
    assertThat(low.ruleIds(PATIENT_VIEW)).contains(id);
    TestPatient recovered =
        man(30)
            .takes("ritlecitinib")
            .lab("platelets", 45.0, TODAY.minusDays(30))
            .lab("platelets", 180.0, TODAY);
    assertThat(recovered.ruleIds(PATIENT_VIEW)).doesNotContain(id);
    assertThat(man(30).takes("ritlecitinib").lab("platelets", 80.0, TODAY).ruleIds(PATIENT_VIEW))
        .doesNotContain(id);
  }

  @Test
  void monitoring_lipidsAt12Weeks_dueWhenNoResultSinceStart() {
    String id = "jak-monitoring-lipids-12-weeks";
    TestPatient due =
        man(40)
            .med("baricitinib", Status.ACTIVE, 1.0, TODAY.minusWeeks(13), null)
            .lab("lipids", null, TODAY.minusWeeks(14));
    assertThat(due.ruleIds(PATIENT_VIEW)).contains(id);
    TestPatient done =
        man(40)
            .med("baricitinib", Status.ACTIVE, 1.0, TODAY.minusWeeks(13), null)
            .lab("lipids", null, TODAY.minusWeeks(1));
    assertThat(done.ruleIds(PATIENT_VIEW)).doesNotContain(id);
    TestPatient early = man(40).med("baricitinib", Status.ACTIVE, 1.0, TODAY.minusWeeks(6), null);
    assertThat(early.ruleIds(PATIENT_VIEW)).doesNotContain(id);
  }

  @Test
  void monitoring_countsAt4Weeks_forRitlecitinib() {
    String id = "jak-monitoring-4-weeks";
    assertThat(
            man(20)
                .med("ritlecitinib", Status.ACTIVE, 1.0, TODAY.minusWeeks(5), null)
                .ruleIds(PATIENT_VIEW))
        .contains(id);
    assertThat(
            man(20)
                .med("ritlecitinib", Status.ACTIVE, 1.0, TODAY.minusWeeks(5), null)
                .lab("platelets", 200.0, TODAY.minusWeeks(1))
                .lab("lymphocytes", 1.5, TODAY.minusWeeks(1))
                .ruleIds(PATIENT_VIEW))
        .doesNotContain(id);
    assertThat(
            man(20)
                .med("baricitinib", Status.ACTIVE, 1.0, TODAY.minusWeeks(5), null)
                .ruleIds(PATIENT_VIEW))
        .doesNotContain(id);
  }
}
