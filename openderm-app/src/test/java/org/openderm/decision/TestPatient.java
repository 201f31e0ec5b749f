package org.openderm.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openderm.decision.PatientContext.Diagnosis;
import org.openderm.decision.PatientContext.LabResult;
import org.openderm.decision.PatientContext.MedicationUse;
import org.openderm.decision.PatientContext.Pregnancy;
import org.openderm.decision.PatientContext.Sex;
import org.openderm.decision.PatientContext.Smoking;
import org.openderm.decision.PatientContext.Status;
import org.openderm.decision.PatientContext.VaccineUse;

/** A fluent builder of patient contexts for rule tests, evaluated on a fixed day. */
final class TestPatient {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  static final DecisionService SERVICE =
      new DecisionService(
          Vocabulary.load(),
          RuleBook.load(),
          Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

  private Integer age = 40;
  private Sex sex = Sex.MALE;
  private Pregnancy pregnancy = Pregnancy.UNKNOWN;
  private Boolean canBecomePregnant;
  private Smoking smoking = Smoking.NEVER;
  private final List<Diagnosis> diagnoses = new ArrayList<>();
  private final List<MedicationUse> meds = new ArrayList<>();
  private final List<VaccineUse> vaccines = new ArrayList<>();
  private final List<LabResult> labs = new ArrayList<>();
  private final Map<String, Double> scores = new HashMap<>();

  static TestPatient man(int age) {
    TestPatient p = new TestPatient();
    p.age = age;
    p.sex = Sex.MALE;
    return p;
  }

  static TestPatient woman(int age) {
    TestPatient p = man(age);
    p.sex = Sex.FEMALE;
    return p;
  }

  TestPatient pregnant() {
    pregnancy = Pregnancy.PREGNANT;
    return this;
  }

  TestPatient canBecomePregnant(Boolean value) {
    canBecomePregnant = value;
    return this;
  }

  TestPatient smoking(Smoking s) {
    smoking = s;
    return this;
  }

  TestPatient condition(String concept, String text) {
    diagnoses.add(new Diagnosis(concept, text, true));
    return this;
  }

  TestPatient takes(String drug) {
    return med(drug, Status.ACTIVE, null, TODAY.minusYears(1), null);
  }

  TestPatient orders(String drug) {
    return med(drug, Status.DRAFT, null, null, null);
  }

  TestPatient med(String drug, Status status, Double interval, LocalDate start, Integer supply) {
    meds.add(new MedicationUse(drug, drug, status, interval, start, supply));
    return this;
  }

  /** A medication with its dose per intake (mg) and interval (days). */
  TestPatient dosed(
      String drug, Status status, double doseMg, double interval, LocalDate start, Integer supply) {
    meds.add(new MedicationUse(drug, drug, status, interval, start, supply, doseMg));
    return this;
  }

  TestPatient vaccine(String id, boolean live, Status status, LocalDate date) {
    vaccines.add(new VaccineUse(id, id, live, status, date));
    return this;
  }

  TestPatient lab(String group, Double value, LocalDate date) {
    labs.add(new LabResult(group, "x", value, date));
    return this;
  }

  /** Every screening and count group, recent and normal. */
  TestPatient fullWorkUp() {
    for (String g :
        List.of(
            "tuberculosis-screen",
            "hepatitis-b-screen",
            "hepatitis-c-screen",
            "lipids",
            "pregnancy-test",
            "liver",
            "renal")) {
      lab(g, null, TODAY.minusDays(2));
    }
    lab("platelets", 250.0, TODAY.minusDays(2));
    lab("lymphocytes", 2.0, TODAY.minusDays(2));
    lab("neutrophils", 4.0, TODAY.minusDays(2));
    return lab("haemoglobin", 14.0, TODAY.minusDays(2));
  }

  TestPatient score(String name, double value) {
    scores.put(name, value);
    return this;
  }

  PatientContext build() {
    return new PatientContext(
        age,
        sex,
        pregnancy,
        canBecomePregnant,
        diagnoses,
        meds,
        vaccines,
        labs,
        smoking,
        scores,
        List.of());
  }

  List<Card> cards(Hook hook) {
    return SERVICE.evaluate(build(), hook, Locale.ENGLISH);
  }

  List<String> ruleIds(Hook hook) {
    return cards(hook).stream().map(Card::ruleId).toList();
  }
}
