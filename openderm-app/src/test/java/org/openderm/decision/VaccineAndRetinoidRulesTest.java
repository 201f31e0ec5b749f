package org.openderm.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openderm.decision.Hook.ORDER_SELECT;
import static org.openderm.decision.Hook.ORDER_SIGN;
import static org.openderm.decision.Hook.PATIENT_VIEW;
import static org.openderm.decision.TestPatient.TODAY;
import static org.openderm.decision.TestPatient.man;
import static org.openderm.decision.TestPatient.woman;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openderm.decision.PatientContext.Status;

class VaccineAndRetinoidRulesTest {

  private static final String LIVE = "live-vaccine-under-immunosuppression";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "baricitinib",
        "ritlecitinib",
        "tofacitinib",
        "methotrexate",
        "ciclosporin",
        "azathioprine",
        "mycophenolate"
      })
  void liveVaccine_underEachImmunosuppressant_isCritical(String drug) {
    assertThat(
            man(50).takes(drug).vaccine("yellow-fever", true, Status.DRAFT, null).cards(ORDER_SIGN))
        .anySatisfy(
            c -> {
              assertThat(c.ruleId()).isEqualTo(LIVE);
              assertThat(c.indicator()).isEqualTo(Indicator.CRITICAL);
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "dupilumab",
        "tralokinumab",
        "lebrikizumab",
        "adalimumab",
        "secukinumab",
        "guselkumab",
        "ustekinumab"
      })
  void liveVaccine_underABiologic_warns_butIsNotCalledContraindicated(String drug) {
    assertThat(
            man(50)
                .takes(drug)
                .vaccine("chikungunya-live", true, Status.DRAFT, null)
                .ruleIds(ORDER_SIGN))
        .contains("live-vaccine-under-biologic")
        .doesNotContain(LIVE);
  }

  @Test
  void nonLiveVaccine_underImmunosuppressant_isSilent() {
    assertThat(
            man(60)
                .takes("upadacitinib")
                .vaccine("zoster-recombinant", false, Status.DRAFT, null)
                .ruleIds(ORDER_SELECT))
        .doesNotContain(LIVE);
  }

  @Test
  void liveVaccine_withoutImmunosuppressant_isSilent() {
    assertThat(
            man(60)
                .takes("paracetamol")
                .vaccine("mmr", true, Status.DRAFT, null)
                .ruleIds(ORDER_SIGN))
        .doesNotContain(LIVE);
  }

  @Test
  void liveVaccine_givenLastYear_isNotAnOrder() {
    assertThat(
            man(60)
                .takes("dupilumab")
                .vaccine("mmr", true, Status.ACTIVE, TODAY.minusYears(1))
                .ruleIds(ORDER_SIGN))
        .doesNotContain(LIVE);
  }

  @Test
  void immunosuppressantOrdered_twoWeeksAfterLiveVaccine_warns_butNotAfterTwoMonths() {
    String id = "immunosuppressant-after-recent-live-vaccine";
    assertThat(
            man(30)
                .orders("abrocitinib")
                .vaccine("varicella", true, Status.ACTIVE, TODAY.minusDays(14))
                .ruleIds(ORDER_SIGN))
        .contains(id);
    assertThat(
            man(30)
                .orders("abrocitinib")
                .vaccine("varicella", true, Status.ACTIVE, TODAY.minusDays(60))
                .ruleIds(ORDER_SIGN))
        .doesNotContain(id);
  }

  @Test
  void isotretinoin_ppp_forAWomanOfChildbearingAge() {
    List<Card> cards = woman(19).orders("isotretinoin").cards(ORDER_SIGN);
    assertThat(cards).extracting(Card::ruleId).contains("isotretinoin-pregnancy-prevention");
    assertThat(cards)
        .filteredOn(c -> c.ruleId().equals("isotretinoin-pregnancy-prevention"))
        .first()
        .satisfies(
            c -> assertThat(c.detail()).contains("30 days", "pregnancy test", "contraception"));
  }

  @Test
  void isotretinoin_ppp_notForAMan_norForSomeoneRecordedAsUnableToBecomePregnant() {
    assertThat(man(19).orders("isotretinoin").ruleIds(ORDER_SIGN))
        .doesNotContain("isotretinoin-pregnancy-prevention", "isotretinoin-monthly-pregnancy-test");
    assertThat(woman(35).canBecomePregnant(false).orders("isotretinoin").ruleIds(ORDER_SIGN))
        .doesNotContain("isotretinoin-pregnancy-prevention");
  }

  @Test
  void isotretinoin_ppp_appliesToATransManRecordedAsAbleToBecomePregnant() {
    assertThat(man(25).canBecomePregnant(true).orders("isotretinoin").ruleIds(ORDER_SIGN))
        .contains("isotretinoin-pregnancy-prevention");
  }

  @Test
  void isotretinoin_prescriptionOver30Days_warns() {
    String id = "isotretinoin-prescription-over-30-days";
    assertThat(woman(22).med("isotretinoin", Status.DRAFT, 1.0, null, 90).ruleIds(ORDER_SIGN))
        .contains(id);
    assertThat(woman(22).med("isotretinoin", Status.DRAFT, 1.0, null, 30).ruleIds(ORDER_SIGN))
        .doesNotContain(id);
  }

  @Test
  void isotretinoin_monthlyTest_dueAfter31Days() {
    String id = "isotretinoin-monthly-pregnancy-test";
    assertThat(
            woman(22)
                .takes("isotretinoin")
                .lab("pregnancy-test", null, TODAY.minusDays(40))
                .ruleIds(PATIENT_VIEW))
        .contains(id);
    assertThat(
            woman(22)
                .takes("isotretinoin")
                .lab("pregnancy-test", null, TODAY.minusDays(20))
                .ruleIds(PATIENT_VIEW))
        .doesNotContain(id);
  }

  @Test
  void isotretinoin_inPregnancy_isCritical() {
    assertThat(woman(22).pregnant().orders("isotretinoin").cards(ORDER_SIGN))
        .first()
        .satisfies(
            c -> {
              assertThat(c.ruleId()).isEqualTo("isotretinoin-pregnant");
              assertThat(c.indicator()).isEqualTo(Indicator.CRITICAL);
            });
  }

  @Test
  void topicalIsotretinoin_isNotTheOralDrug() {
    assertThat(woman(22).orders("isotretinoin-topical").ruleIds(ORDER_SIGN))
        .doesNotContain("isotretinoin-pregnancy-prevention");
  }
}
