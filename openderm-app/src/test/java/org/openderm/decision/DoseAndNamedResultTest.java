package org.openderm.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;

/** The facts the dose and screening rules read from FHIR: a dose in mg, a test named in words. */
class DoseAndNamedResultTest {

  private static Dosage dose(double value, String unit) {
    Dosage d = new Dosage();
    d.addDoseAndRate().setDose(new Quantity().setValue(value).setUnit(unit));
    return d;
  }

  @Test
  void doseInMg_isRead_gramsConverted_tabletsNotGuessed() {
    assertThat(FhirDosage.doseMg(List.of(dose(400, "mg")))).isEqualTo(400.0);
    assertThat(FhirDosage.doseMg(List.of(dose(1, "g")))).isEqualTo(1000.0);
    assertThat(FhirDosage.doseMg(List.of(dose(2, "tablet")))).isNull();
    assertThat(FhirDosage.doseMg(List.of(new Dosage()))).isNull();
  }

  @Test
  void resultWithoutKnownLoinc_isPlacedByItsName() {
    Vocabulary v = Vocabulary.load();
    Observation tpmt = new Observation().setCode(new CodeableConcept().setText("Activité TPMT"));
    List<String> unrecognised = new ArrayList<>();
    assertThat(FhirObservations.lab(tpmt, null, v, unrecognised))
        .hasValueSatisfying(l -> assertThat(l.group()).isEqualTo("tpmt"));
    Observation hla =
        new Observation().setCode(new CodeableConcept().setText("HLA-B*58:01 genotype"));
    assertThat(FhirObservations.lab(hla, "99999-9", v, unrecognised))
        .hasValueSatisfying(l -> assertThat(l.group()).isEqualTo("hla-b5801"));
    Observation other = new Observation().setCode(new CodeableConcept().setText("Ferritin"));
    assertThat(FhirObservations.lab(other, null, v, unrecognised)).isEmpty();
  }

  @Test
  void weightInPounds_isConvertedToKg() {
    Vocabulary.LabGroup weight = Vocabulary.load().labGroupById("body-weight").orElseThrow();
    assertThat(LabUnits.normalise(weight, 132.277, "[lb_av]"))
        .hasValueSatisfying(kg -> assertThat(kg).isBetween(59.9, 60.1));
  }
}
