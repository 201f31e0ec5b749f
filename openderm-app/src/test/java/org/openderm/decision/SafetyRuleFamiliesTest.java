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

/**
 * Issue 20: the corrected thresholds and indicators and the missing rule families, each with a
 * patient it must fire for and one it must leave alone.
 */
class SafetyRuleFamiliesTest {

  private static Card card(TestPatient p, Hook hook, String id) {
    return p.cards(hook).stream().filter(c -> c.ruleId().equals(id)).findFirst().orElseThrow();
  }

  // --- Fixes -------------------------------------------------------------------------------

  @Test
  void tofacitinib_hasItsOwnStartThresholds_notBaricitinibs() {
    assertThat(man(50).orders("tofacitinib").lab("lymphocytes", 0.6, TODAY).ruleIds(ORDER_SIGN))
        .contains("jak-tofacitinib-start-labs")
        .doesNotContain("jak-baricitinib-upadacitinib-start-labs");
    assertThat(man(50).orders("tofacitinib").lab("haemoglobin", 8.5, TODAY).ruleIds(ORDER_SIGN))
        .contains("jak-tofacitinib-start-labs");
    assertThat(
            man(50)
                .orders("tofacitinib")
                .lab("lymphocytes", 0.8, TODAY)
                .lab("neutrophils", 1.5, TODAY)
                .lab("haemoglobin", 9.5, TODAY)
                .ruleIds(ORDER_SIGN))
        .doesNotContain("jak-tofacitinib-start-labs");
    // The same count does not stop baricitinib (threshold 0.5).
    assertThat(man(50).orders("baricitinib").lab("lymphocytes", 0.6, TODAY).ruleIds(ORDER_SIGN))
        .doesNotContain("jak-tofacitinib-start-labs", "jak-baricitinib-upadacitinib-start-labs");
  }

  @Test
  void tofacitinib_onTreatment_interruptsBelowItsThresholds() {
    assertThat(man(50).takes("tofacitinib").lab("neutrophils", 0.9, TODAY).ruleIds(PATIENT_VIEW))
        .contains("jak-tofacitinib-on-treatment-labs");
    assertThat(man(50).takes("tofacitinib").fullWorkUp().ruleIds(PATIENT_VIEW))
        .doesNotContain("jak-tofacitinib-on-treatment-labs");
  }

  @Test
  void isotretinoinWithATetracycline_isCritical_notWithTopicalIsotretinoin() {
    Card c =
        card(
            man(19).takes("isotretinoin").orders("lymecycline"),
            ORDER_SIGN,
            "isotretinoin-tetracycline");
    assertThat(c.indicator()).isEqualTo(Indicator.CRITICAL);
    assertThat(c.detail()).contains("intracranial");
    assertThat(man(19).takes("isotretinoin").orders("minocycline").ruleIds(ORDER_SIGN))
        .contains("isotretinoin-tetracycline");
    assertThat(man(19).takes("isotretinoin-topical").orders("doxycycline").ruleIds(ORDER_SIGN))
        .doesNotContain("isotretinoin-tetracycline");
  }

  @Test
  void methotrexateWithCotrimoxazole_isCritical_notWithDoxycycline() {
    Card c =
        card(
            man(60).takes("methotrexate").takes("folic-acid").orders("cotrimoxazole"),
            ORDER_SIGN,
            "methotrexate-trimethoprim");
    assertThat(c.indicator()).isEqualTo(Indicator.CRITICAL);
    assertThat(man(60).takes("methotrexate").orders("trimethoprim").ruleIds(ORDER_SIGN))
        .contains("methotrexate-trimethoprim");
    assertThat(man(60).takes("methotrexate").orders("doxycycline").ruleIds(ORDER_SIGN))
        .doesNotContain("methotrexate-trimethoprim");
  }

  @Test
  void alopeciaCard_says36Weeks_andIsSilentUnder12() {
    Card c = card(man(30).score("SALT", 60), PATIENT_VIEW, "alopecia-areata-severe-systemic");
    assertThat(c.detail()).contains("36 weeks").doesNotContain("12 and 24");
    assertThat(
            TestPatient.SERVICE.evaluate(
                man(30).score("SALT", 60).build(), PATIENT_VIEW, Locale.FRENCH))
        .anySatisfy(f -> assertThat(f.detail()).contains("36 semaines"));
    assertThat(man(10).score("SALT", 60).ruleIds(PATIENT_VIEW))
        .doesNotContain("alopecia-areata-severe-systemic", "alopecia-areata-extensive-systemic");
    assertThat(man(10).score("SALT", 30).ruleIds(PATIENT_VIEW))
        .doesNotContain("alopecia-areata-extensive-systemic");
    assertThat(man(12).score("SALT", 30).ruleIds(PATIENT_VIEW))
        .contains("alopecia-areata-extensive-systemic");
  }

  @Test
  void liveVaccine_underImmunosuppressiveCorticosteroids_isCritical() {
    String live = "live-vaccine-under-immunosuppression";
    // 30 mg prednisone a day for a month.
    assertThat(
            man(40)
                .dosed("prednisone", Status.ACTIVE, 30, 1, TODAY.minusDays(30), null)
                .vaccine("mmr", true, Status.DRAFT, null)
                .ruleIds(ORDER_SIGN))
        .contains(live);
    // 16 mg methylprednisolone = 20 mg prednisone, prescribed for 3 weeks.
    assertThat(
            man(40)
                .dosed("methylprednisolone", Status.DRAFT, 16, 1, null, 21)
                .vaccine("yellow-fever", true, Status.DRAFT, null)
                .ruleIds(ORDER_SIGN))
        .contains(live);
    // 10 mg a day, or 30 mg for 5 days only: not immunosuppressive by the CDC/HCSP definition.
    assertThat(
            man(40)
                .dosed("prednisone", Status.ACTIVE, 10, 1, TODAY.minusDays(60), null)
                .vaccine("mmr", true, Status.DRAFT, null)
                .ruleIds(ORDER_SIGN))
        .doesNotContain(live);
    assertThat(
            man(40)
                .dosed("prednisolone", Status.ACTIVE, 30, 1, TODAY.minusDays(5), 5)
                .vaccine("mmr", true, Status.DRAFT, null)
                .ruleIds(ORDER_SIGN))
        .doesNotContain(live);
  }

  @Test
  void liveChikungunyaVaccine_isKnownAsLive_theVirusLikeParticleOneIsNot() {
    Vocabulary v = Vocabulary.load();
    assertThat(v.vaccine(List.of(), "Ixchiq").orElseThrow().live()).isTrue();
    assertThat(v.vaccine(List.of(), "Vimkunya").orElseThrow().live()).isFalse();
    assertThat(
            man(40)
                .takes("methotrexate")
                .vaccine("chikungunya-live", true, Status.DRAFT, null)
                .ruleIds(ORDER_SIGN))
        .contains("live-vaccine-under-immunosuppression");
  }

  // --- Indicators -------------------------------------------------------------------------

  @Test
  void firstIsotretinoinPrescription_withoutRecentPregnancyTest_isCritical() {
    String id = "isotretinoin-first-prescription-no-pregnancy-test";
    assertThat(card(woman(20).orders("isotretinoin"), ORDER_SIGN, id).indicator())
        .isEqualTo(Indicator.CRITICAL);
    assertThat(
            woman(20)
                .orders("isotretinoin")
                .lab("pregnancy-test", null, TODAY.minusDays(1))
                .ruleIds(ORDER_SIGN))
        .doesNotContain(id);
    // A renewal is not a first prescription; the monthly test rule covers it.
    assertThat(woman(20).takes("isotretinoin").orders("isotretinoin").ruleIds(ORDER_SIGN))
        .doesNotContain(id)
        .contains("isotretinoin-monthly-pregnancy-test");
    assertThat(man(20).orders("isotretinoin").ruleIds(ORDER_SIGN)).doesNotContain(id);
  }

  @Test
  void overdueMethotrexateLabs_areAWarning() {
    Card c =
        card(
            man(50).takes("methotrexate").lab("platelets", 200.0, TODAY.minusDays(120)),
            PATIENT_VIEW,
            "methotrexate-monitoring-labs");
    assertThat(c.indicator()).isEqualTo(Indicator.WARNING);
  }

  // --- JAK inhibitors ---------------------------------------------------------------------

  @Test
  void jakDose_from65Years_aboveTheRecommendedDose_warns() {
    String id = "jak-dose-from-65-years";
    assertThat(man(70).dosed("baricitinib", Status.ACTIVE, 4, 1, null, null).ruleIds(PATIENT_VIEW))
        .contains(id);
    assertThat(man(66).dosed("upadacitinib", Status.DRAFT, 30, 1, null, null).ruleIds(ORDER_SIGN))
        .contains(id);
    assertThat(man(70).dosed("baricitinib", Status.ACTIVE, 2, 1, null, null).ruleIds(PATIENT_VIEW))
        .doesNotContain(id);
    assertThat(
            man(60).dosed("abrocitinib", Status.ACTIVE, 200, 1, null, null).ruleIds(PATIENT_VIEW))
        .doesNotContain(id);
  }

  @Test
  void jakStart_offersRecombinantZosterVaccine_unlessRecorded() {
    String id = "jak-zoster-vaccination-before-start";
    assertThat(man(40).orders("upadacitinib").ruleIds(ORDER_SIGN)).contains(id);
    assertThat(
            man(40)
                .orders("upadacitinib")
                .vaccine("zoster-recombinant", false, Status.ACTIVE, TODAY.minusMonths(6))
                .ruleIds(ORDER_SIGN))
        .doesNotContain(id);
  }

  // --- Ciclosporin ------------------------------------------------------------------------

  @Test
  void ciclosporin_baseline_bloodPressure_renal_interactions_duration() {
    assertThat(man(40).orders("ciclosporin").ruleIds(ORDER_SIGN)).contains("ciclosporin-baseline");
    assertThat(
            man(40)
                .orders("ciclosporin")
                .lab("systolic-bp", 120.0, TODAY)
                .lab("renal", 80.0, TODAY)
                .ruleIds(ORDER_SIGN))
        .doesNotContain("ciclosporin-baseline");

    assertThat(man(40).takes("ciclosporin").lab("systolic-bp", 152.0, TODAY).ruleIds(PATIENT_VIEW))
        .contains("ciclosporin-hypertension");
    assertThat(man(40).takes("ciclosporin").lab("systolic-bp", 125.0, TODAY).ruleIds(PATIENT_VIEW))
        .doesNotContain("ciclosporin-hypertension");

    assertThat(
            card(
                    man(40).takes("ciclosporin").lab("egfr", 45.0, TODAY),
                    PATIENT_VIEW,
                    "ciclosporin-renal-impairment")
                .indicator())
        .isEqualTo(Indicator.CRITICAL);
    assertThat(man(40).takes("ciclosporin").lab("egfr", 90.0, TODAY).ruleIds(PATIENT_VIEW))
        .doesNotContain("ciclosporin-renal-impairment");

    assertThat(
            man(40)
                .takes("ciclosporin")
                .lab("systolic-bp", 120.0, TODAY.minusDays(60))
                .lab("renal", 80.0, TODAY.minusDays(60))
                .ruleIds(PATIENT_VIEW))
        .contains("ciclosporin-monitoring");
    assertThat(
            man(40)
                .takes("ciclosporin")
                .lab("systolic-bp", 120.0, TODAY.minusDays(10))
                .lab("renal", 80.0, TODAY.minusDays(10))
                .ruleIds(PATIENT_VIEW))
        .doesNotContain("ciclosporin-monitoring");

    assertThat(man(40).takes("ciclosporin").orders("clarithromycin").ruleIds(ORDER_SIGN))
        .contains("ciclosporin-interaction");
    assertThat(man(40).takes("ciclosporin").orders("paracetamol").ruleIds(ORDER_SIGN))
        .doesNotContain("ciclosporin-interaction");

    assertThat(
            man(40)
                .med("ciclosporin", Status.ACTIVE, 0.5, TODAY.minusYears(3), null)
                .ruleIds(PATIENT_VIEW))
        .contains("ciclosporin-duration");
    assertThat(man(40).takes("ciclosporin").ruleIds(PATIENT_VIEW))
        .doesNotContain("ciclosporin-duration");
  }

  // --- Biologics --------------------------------------------------------------------------

  @Test
  void psoriasisOrHidradenitisBiologic_needsTbAndHepatitisB_screening() {
    String id = "biologic-tb-hbv-screening";
    assertThat(man(40).orders("secukinumab").ruleIds(ORDER_SIGN)).contains(id);
    assertThat(man(40).orders("adalimumab").ruleIds(ORDER_SIGN)).contains(id);
    assertThat(man(40).orders("adalimumab").fullWorkUp().ruleIds(ORDER_SIGN)).doesNotContain(id);
    assertThat(man(40).orders("dupilumab").ruleIds(ORDER_SIGN)).doesNotContain(id);
  }

  @Test
  void type2Biologics_giveEyeAdvice_otherBiologicsDoNot() {
    String id = "type-2-biologic-eye-advice";
    assertThat(man(30).takes("dupilumab").ruleIds(PATIENT_VIEW)).contains(id);
    assertThat(man(30).orders("lebrikizumab").ruleIds(ORDER_SIGN)).contains(id);
    assertThat(man(30).takes("adalimumab").ruleIds(PATIENT_VIEW)).doesNotContain(id);
  }

  // --- Topical corticosteroids ------------------------------------------------------------

  @Test
  void veryPotentTopicalSteroid_inInfantsAndChildren() {
    assertThat(
            card(
                    man(0).orders("clobetasol-topical"),
                    ORDER_SIGN,
                    "very-potent-topical-steroid-infant")
                .indicator())
        .isEqualTo(Indicator.CRITICAL);
    assertThat(man(0).orders("hydrocortisone-topical").ruleIds(ORDER_SIGN))
        .doesNotContain("very-potent-topical-steroid-infant");
    assertThat(man(5).orders("clobetasol-topical").ruleIds(ORDER_SIGN))
        .contains("very-potent-topical-steroid-child")
        .doesNotContain("very-potent-topical-steroid-infant");
    assertThat(man(30).orders("clobetasol-topical").ruleIds(ORDER_SIGN))
        .doesNotContain("very-potent-topical-steroid-child", "very-potent-topical-steroid-infant");
  }

  // --- Hydroxychloroquine -----------------------------------------------------------------

  @Test
  void hydroxychloroquine_dosePerKgOfRealWeight() {
    String id = "hydroxychloroquine-dose-per-kg";
    // 400 mg a day for 60 kg = 6.7 mg/kg.
    Card c =
        card(
            woman(45)
                .dosed("hydroxychloroquine", Status.ACTIVE, 400, 1, TODAY.minusYears(1), null)
                .lab("body-weight", 60.0, TODAY.minusDays(30)),
            PATIENT_VIEW,
            id);
    assertThat(c.detail()).contains("6.67 mg/kg/day");
    // 400 mg a day for 90 kg = 4.4 mg/kg; no weight recorded: nothing to compare.
    assertThat(
            woman(45)
                .dosed("hydroxychloroquine", Status.ACTIVE, 400, 1, TODAY.minusYears(1), null)
                .lab("body-weight", 90.0, TODAY.minusDays(30))
                .ruleIds(PATIENT_VIEW))
        .doesNotContain(id);
    assertThat(
            woman(45)
                .dosed("hydroxychloroquine", Status.ACTIVE, 400, 1, TODAY.minusYears(1), null)
                .ruleIds(PATIENT_VIEW))
        .doesNotContain(id);
  }

  @Test
  void hydroxychloroquine_eyeScreening_baselineAndAfterFiveYears() {
    assertThat(woman(45).orders("hydroxychloroquine").ruleIds(ORDER_SIGN))
        .contains("hydroxychloroquine-baseline-eye");
    assertThat(
            woman(45)
                .orders("hydroxychloroquine")
                .lab("eye-exam", null, TODAY.minusDays(40))
                .ruleIds(ORDER_SIGN))
        .doesNotContain("hydroxychloroquine-baseline-eye");
    assertThat(
            woman(45)
                .med("hydroxychloroquine", Status.ACTIVE, 1.0, TODAY.minusYears(6), null)
                .ruleIds(PATIENT_VIEW))
        .contains("hydroxychloroquine-eye-screening");
    assertThat(
            woman(45)
                .med("hydroxychloroquine", Status.ACTIVE, 1.0, TODAY.minusYears(6), null)
                .lab("eye-exam", null, TODAY.minusDays(100))
                .ruleIds(PATIENT_VIEW))
        .doesNotContain("hydroxychloroquine-eye-screening");
    assertThat(
            woman(45)
                .med("hydroxychloroquine", Status.ACTIVE, 1.0, TODAY.minusYears(2), null)
                .ruleIds(PATIENT_VIEW))
        .doesNotContain("hydroxychloroquine-eye-screening");
  }

  // --- Tetracyclines ----------------------------------------------------------------------

  @Test
  void tetracyclines_children_pregnancy_photosensitivity() {
    assertThat(man(6).orders("doxycycline").ruleIds(ORDER_SIGN))
        .contains("tetracycline-under-8-years");
    assertThat(man(12).orders("doxycycline").ruleIds(ORDER_SIGN))
        .doesNotContain("tetracycline-under-8-years");
    assertThat(woman(28).pregnant().takes("lymecycline").ruleIds(PATIENT_VIEW))
        .contains("tetracycline-pregnancy");
    assertThat(woman(28).takes("lymecycline").ruleIds(PATIENT_VIEW))
        .doesNotContain("tetracycline-pregnancy");
    assertThat(man(20).orders("doxycycline").ruleIds(ORDER_SIGN))
        .contains("tetracycline-photosensitivity");
    assertThat(man(20).orders("minocycline").ruleIds(ORDER_SIGN))
        .doesNotContain("tetracycline-photosensitivity");
  }

  // --- Terbinafine and antivirals ---------------------------------------------------------

  @Test
  void terbinafine_liverTests_beforeAndAfterSixWeeks() {
    assertThat(man(50).orders("terbinafine").ruleIds(ORDER_SIGN))
        .contains("terbinafine-liver-tests");
    assertThat(man(50).orders("terbinafine").lab("liver", 25.0, TODAY).ruleIds(ORDER_SIGN))
        .doesNotContain("terbinafine-liver-tests");
    assertThat(man(50).orders("terbinafine-topical").ruleIds(ORDER_SIGN))
        .doesNotContain("terbinafine-liver-tests");
    assertThat(
            man(50)
                .med("terbinafine", Status.ACTIVE, 1.0, TODAY.minusWeeks(7), null)
                .ruleIds(PATIENT_VIEW))
        .contains("terbinafine-liver-monitoring");
    assertThat(
            man(50)
                .med("terbinafine", Status.ACTIVE, 1.0, TODAY.minusWeeks(7), null)
                .lab("liver", 25.0, TODAY.minusWeeks(2))
                .ruleIds(PATIENT_VIEW))
        .doesNotContain("terbinafine-liver-monitoring");
  }

  @Test
  void herpesAntivirals_withLowEgfr_adjustTheDose() {
    String id = "herpes-antiviral-renal-impairment";
    assertThat(man(80).orders("valaciclovir").lab("egfr", 40.0, TODAY).ruleIds(ORDER_SIGN))
        .contains(id);
    assertThat(man(80).orders("aciclovir").lab("egfr", 20.0, TODAY).ruleIds(ORDER_SIGN))
        .contains(id);
    assertThat(man(80).orders("valaciclovir").lab("egfr", 70.0, TODAY).ruleIds(ORDER_SIGN))
        .doesNotContain(id);
    assertThat(man(80).orders("aciclovir-topical").lab("egfr", 20.0, TODAY).ruleIds(ORDER_SIGN))
        .doesNotContain(id);
  }

  // --- Azathioprine, mycophenolate --------------------------------------------------------

  @Test
  void azathioprine_tpmtBeforeStarting_andAllopurinol() {
    assertThat(man(50).orders("azathioprine").ruleIds(ORDER_SIGN)).contains("azathioprine-tpmt");
    assertThat(
            man(50)
                .orders("azathioprine")
                .lab("tpmt", null, TODAY.minusYears(2))
                .ruleIds(ORDER_SIGN))
        .doesNotContain("azathioprine-tpmt");
    assertThat(
            card(
                    man(50).takes("azathioprine").orders("allopurinol"),
                    ORDER_SIGN,
                    "azathioprine-allopurinol")
                .indicator())
        .isEqualTo(Indicator.CRITICAL);
    assertThat(man(50).takes("azathioprine").ruleIds(PATIENT_VIEW))
        .doesNotContain("azathioprine-allopurinol");
  }

  @Test
  void mycophenolate_pregnancyPrevention_andPregnancy() {
    assertThat(woman(30).takes("mycophenolate").ruleIds(PATIENT_VIEW))
        .contains("mycophenolate-pregnancy-prevention")
        .doesNotContain("mycophenolate-pregnant");
    assertThat(man(30).takes("mycophenolate").ruleIds(PATIENT_VIEW))
        .doesNotContain("mycophenolate-pregnancy-prevention");
    assertThat(woman(30).pregnant().takes("mycophenolate").ruleIds(PATIENT_VIEW))
        .contains("mycophenolate-pregnant")
        .doesNotContain("mycophenolate-pregnancy-prevention");
  }

  // --- Tests before starting; potassium ---------------------------------------------------

  @Test
  void g6pdBeforeDapsone_hlaBeforeAllopurinolAndCarbamazepine() {
    assertThat(man(40).orders("dapsone").ruleIds(ORDER_SIGN)).contains("dapsone-g6pd");
    assertThat(man(40).orders("dapsone").lab("g6pd", null, TODAY.minusYears(1)).ruleIds(ORDER_SIGN))
        .doesNotContain("dapsone-g6pd");
    assertThat(man(40).orders("allopurinol").ruleIds(ORDER_SIGN)).contains("allopurinol-hla-b5801");
    assertThat(man(40).orders("allopurinol").lab("hla-b5801", null, TODAY).ruleIds(ORDER_SIGN))
        .doesNotContain("allopurinol-hla-b5801");
    assertThat(man(40).orders("carbamazepine").ruleIds(ORDER_SIGN))
        .contains("carbamazepine-hla-b1502");
    assertThat(man(40).orders("carbamazepine").lab("hla-b1502", null, TODAY).ruleIds(ORDER_SIGN))
        .doesNotContain("carbamazepine-hla-b1502");
  }

  @Test
  void spironolactone_withHighPotassiumOrLowEgfr() {
    String id = "spironolactone-potassium";
    assertThat(woman(25).takes("spironolactone").lab("potassium", 5.4, TODAY).ruleIds(PATIENT_VIEW))
        .contains(id);
    assertThat(woman(25).takes("spironolactone").lab("egfr", 25.0, TODAY).ruleIds(PATIENT_VIEW))
        .contains(id);
    assertThat(woman(25).takes("spironolactone").lab("potassium", 4.2, TODAY).ruleIds(PATIENT_VIEW))
        .doesNotContain(id);
  }

  // --- Methotrexate -----------------------------------------------------------------------

  @Test
  void methotrexate_lowEgfr_andContraception() {
    assertThat(
            card(
                    man(70).takes("methotrexate").lab("egfr", 25.0, TODAY),
                    PATIENT_VIEW,
                    "methotrexate-renal-impairment")
                .indicator())
        .isEqualTo(Indicator.CRITICAL);
    assertThat(man(70).takes("methotrexate").lab("egfr", 25.0, TODAY).ruleIds(PATIENT_VIEW))
        .doesNotContain("methotrexate-reduced-renal-function");
    assertThat(man(70).takes("methotrexate").lab("egfr", 45.0, TODAY).ruleIds(PATIENT_VIEW))
        .contains("methotrexate-reduced-renal-function")
        .doesNotContain("methotrexate-renal-impairment");
    assertThat(man(70).takes("methotrexate").lab("egfr", 75.0, TODAY).ruleIds(PATIENT_VIEW))
        .doesNotContain("methotrexate-reduced-renal-function", "methotrexate-renal-impairment");
    assertThat(woman(30).takes("methotrexate").ruleIds(PATIENT_VIEW))
        .contains("methotrexate-contraception");
    assertThat(woman(60).takes("methotrexate").ruleIds(PATIENT_VIEW))
        .doesNotContain("methotrexate-contraception");
  }

  // --- Isotretinoin labs ------------------------------------------------------------------

  @Test
  void isotretinoin_liverAndLipids_beforeAndDuring() {
    assertThat(man(18).orders("isotretinoin").ruleIds(ORDER_SIGN))
        .contains("isotretinoin-baseline-labs");
    assertThat(
            man(18)
                .orders("isotretinoin")
                .lab("liver", 20.0, TODAY.minusDays(5))
                .lab("lipids", 1.2, TODAY.minusDays(5))
                .ruleIds(ORDER_SIGN))
        .doesNotContain("isotretinoin-baseline-labs");
    assertThat(
            man(18)
                .med("isotretinoin", Status.ACTIVE, 1.0, TODAY.minusWeeks(5), null)
                .ruleIds(PATIENT_VIEW))
        .contains("isotretinoin-monitoring-labs");
    assertThat(
            man(18)
                .med("isotretinoin", Status.ACTIVE, 1.0, TODAY.minusWeeks(5), null)
                .lab("liver", 20.0, TODAY.minusWeeks(1))
                .lab("lipids", 1.2, TODAY.minusWeeks(1))
                .ruleIds(PATIENT_VIEW))
        .doesNotContain("isotretinoin-monitoring-labs");
  }

  @Test
  void everyNewCard_speaksFrench() {
    List<Card> fr =
        TestPatient.SERVICE.evaluate(
            man(40).takes("ciclosporin").orders("clarithromycin").build(),
            ORDER_SIGN,
            Locale.FRENCH);
    assertThat(fr)
        .anySatisfy(
            c -> {
              assertThat(c.ruleId()).isEqualTo("ciclosporin-interaction");
              assertThat(c.summary()).startsWith("Ciclosporine avec");
              assertThat(c.detail()).contains("Pourquoi :", "clarithromycin");
            });
  }
}
