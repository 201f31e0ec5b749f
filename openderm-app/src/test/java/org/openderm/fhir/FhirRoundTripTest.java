package org.openderm.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.openderm.fhir.FhirPatientRecord.IdentityMode;
import org.openderm.system.InvalidInputException;
import org.openderm.system.Violation;
import org.openderm.system.fhir.Fhir;

class FhirRoundTripTest {

  private final FhirService fhir = new FhirService();

  static FhirPatientRecord sample() {
    UUID photo = UUID.randomUUID();
    Instant t = Instant.parse("2026-03-04T10:15:30.123Z");
    return new FhirPatientRecord(
        new FhirPatientRecord.Person(
            UUID.randomUUID(),
            "a1b2c3d4e5",
            "Léa",
            "Martin",
            LocalDate.of(1994, 5, 17),
            "FEMALE",
            "EXT-42"),
        List.of(
            new FhirPatientRecord.Problem(
                UUID.randomUUID(),
                "http://snomed.info/sct",
                "24079001",
                "Atopic dermatitis",
                true,
                LocalDate.of(2001, 2, 3)),
            new FhirPatientRecord.Problem(
                UUID.randomUUID(), null, null, "Acné ancienne", false, null)),
        List.of(
            new FhirPatientRecord.Score(UUID.randomUUID(), "scorad", 42.5, "moderate", t),
            new FhirPatientRecord.Score(UUID.randomUUID(), "salt", 60, null, t.plusSeconds(60))),
        List.of(new FhirPatientRecord.Photo(photo, t, "left forearm", "image/jpeg")),
        List.of(
            new FhirPatientRecord.ConsentDecision(UUID.randomUUID(), "AI_ANALYSIS", true, null, t),
            new FhirPatientRecord.ConsentDecision(UUID.randomUUID(), "SHARING", false, "gp", t)),
        List.of(
            new FhirPatientRecord.Medication(
                UUID.randomUUID(),
                "Méthotrexate 15 mg",
                "L04AX03",
                "15 mg once a week on Monday",
                7.0,
                LocalDate.of(2025, 1, 6),
                null,
                true)),
        List.of(
            new FhirPatientRecord.Triage(
                UUID.randomUUID(),
                t,
                photo,
                "lesion-triage@1.0.0",
                false,
                "soon",
                Map.of("mel", 0.125, "nv", 0.8, "bkl", 0.075))),
        List.of(
            new FhirPatientRecord.Audit(
                UUID.randomUUID(), t, "dermato", "CLINICIAN", "R", "patient", true, "CARE")));
  }

  @Test
  void identityExport_roundTripsThroughJson_unchanged() {
    FhirPatientRecord sample = sample();
    FhirPatientRecord.Person p = sample.person();
    // An identity export names the patient and carries no pseudonym.
    FhirPatientRecord record =
        new FhirPatientRecord(
            new FhirPatientRecord.Person(
                p.id(),
                null,
                p.givenName(),
                p.familyName(),
                p.birthDate(),
                p.sex(),
                p.externalId()),
            sample.problems(),
            sample.scores(),
            sample.photos(),
            sample.consents(),
            sample.medications(),
            sample.triage(),
            sample.audit());
    String json = fhir.exportJson(record, IdentityMode.IDENTITY);
    assertThat(json)
        .contains("\"resourceType\": \"Bundle\"", "MedicationStatement", "AuditEvent", "Media");
    assertThat(fhir.importJson(json)).isEqualTo(record);
  }

  @Test
  void export_hasOneResourceOfEachKind_linkedToThePatient() {
    Bundle b = fhir.export(sample(), IdentityMode.IDENTITY);
    assertThat(b.getEntry())
        .extracting(e -> e.getResource().fhirType())
        .containsExactly(
            "Patient",
            "Condition",
            "Condition",
            "Observation",
            "Observation",
            "Media",
            "Consent",
            "Consent",
            "MedicationStatement",
            "DiagnosticReport",
            "AuditEvent");
    String patientUrl = b.getEntryFirstRep().getFullUrl();
    Observation score = (Observation) b.getEntry().get(3).getResource();
    assertThat(score.getSubject().getReference()).isEqualTo(patientUrl);
    assertThat(score.getCode().getCodingFirstRep().getSystem()).isEqualTo(OpenDermSystems.SCORE);
  }

  @Test
  void pseudonymExport_carriesNoNameNorExternalId_andOnlyTheBirthYear() {
    FhirPatientRecord record = sample();
    Bundle b = fhir.export(record, IdentityMode.PSEUDONYM);
    Patient p = (Patient) b.getEntryFirstRep().getResource();
    assertThat(p.hasName()).isFalse();
    assertThat(p.getIdentifier())
        .singleElement()
        .satisfies(i -> assertThat(i.getValue()).isEqualTo("a1b2c3d4e5"));
    assertThat(p.getBirthDateElement().getValueAsString()).isEqualTo("1994-01-01");
    String json = Fhir.r4().newJsonParser().encodeResourceToString(b);
    assertThat(json).doesNotContain("Martin", "EXT-42", record.person().id().toString());
    FhirPatientRecord back = fhir.importJson(json);
    assertThat(back.person().pseudonym()).isEqualTo("a1b2c3d4e5");
    assertThat(back.person().familyName()).isNull();
    assertThat(back.scores()).isEqualTo(record.scores());
  }

  @Test
  void import_isAllOrNothing_andListsEveryProblem() {
    Bundle b = fhir.export(sample(), IdentityMode.IDENTITY);
    ((Observation) b.getEntry().get(3).getResource()).setValue(null);
    ((Observation) b.getEntry().get(4).getResource())
        .getSubject()
        .setReference("Patient/someone-else");
    b.addEntry().setResource(new org.hl7.fhir.r4.model.Practitioner().setActive(true));
    String json = Fhir.r4().newJsonParser().encodeResourceToString(b);
    assertThatThrownBy(() -> fhir.importJson(json))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo("DERM-0001");
              assertThat(e.violations())
                  .extracting(Violation::field)
                  .containsExactly(
                      "entry[3].valueQuantity", "entry[4].subject", "entry[11].resource");
            });
  }

  @Test
  void import_rejectsBrokenJson_aNonBundle_andABundleWithoutPatient() {
    assertThatThrownBy(() -> fhir.importJson("{\"resourceType\": \"Bundle\", \"type\": "))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> fhir.importJson("{\"resourceType\": \"Patient\", \"id\": \"x\"}"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).message()).contains("Bundle"));
    assertThatThrownBy(
            () -> fhir.importJson("{\"resourceType\": \"Bundle\", \"type\": \"collection\"}"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).message()).contains("exactly one Patient"));
    assertThatThrownBy(
            () ->
                fhir.importJson(
                    "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [{\"resource\": "
                        + "{\"resourceType\": \"Patient\", \"birthDate\": \"17/05/1994\"}}]}"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).message()).contains("17/05/1994"));
  }
}
