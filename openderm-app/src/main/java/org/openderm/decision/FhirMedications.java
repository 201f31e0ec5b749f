package org.openderm.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;
import org.openderm.decision.PatientContext.MedicationUse;
import org.openderm.decision.PatientContext.Status;
import org.openderm.decision.PatientContext.VaccineUse;

/**
 * Reads MedicationRequest, MedicationStatement and vaccine orders into medication and vaccine uses,
 * recognising each product by ATC or CVX code, then by INN or brand in its text or code displays.
 */
final class FhirMedications {

  private static final Set<String> CURRENT_REQUEST = Set.of("active", "on-hold");
  private static final Set<String> CURRENT_STATEMENT = Set.of("active", "intended", "on-hold");
  private static final Set<String> DEAD_ORDER =
      Set.of("cancelled", "entered-in-error", "stopped", "completed", "revoked");

  private final Vocabulary vocabulary;
  private final List<String> unrecognised;
  private final Map<String, Medication> medicationsById = new HashMap<>();
  private final List<MedicationUse> medications = new ArrayList<>();
  private final List<VaccineUse> vaccines = new ArrayList<>();

  FhirMedications(Vocabulary vocabulary, List<String> unrecognised, List<Resource> all) {
    this.vocabulary = vocabulary;
    this.unrecognised = unrecognised;
    for (Resource r : all) {
      if (r instanceof Medication m && m.hasIdElement()) {
        medicationsById.put("Medication/" + m.getIdElement().getIdPart(), m);
      }
    }
  }

  List<MedicationUse> medications() {
    return List.copyOf(medications);
  }

  List<VaccineUse> vaccines() {
    return List.copyOf(vaccines);
  }

  /** Current treatments: active requests and statements; draft requests count as orders. */
  void readCurrent(List<Resource> resources) {
    for (Resource r : resources) {
      if (r instanceof MedicationRequest mr && mr.hasStatus()) {
        String status = mr.getStatus().toCode();
        if (CURRENT_REQUEST.contains(status)) {
          request(mr, Status.ACTIVE);
        } else if ("draft".equals(status)) {
          request(mr, Status.DRAFT);
        }
      } else if (r instanceof MedicationStatement ms
          && ms.hasStatus()
          && CURRENT_STATEMENT.contains(ms.getStatus().toCode())) {
        CodeableConcept concept = concept(ms.getMedication());
        LocalDate start = FhirCodes.date(ms.getEffective());
        add(concept, Status.ACTIVE, ms.getDosage(), start, null, "MedicationStatement");
      }
    }
  }

  /** The orders under review ({@code context.draftOrders}): every live order is a draft. */
  void readDrafts(List<Resource> resources) {
    for (Resource r : resources) {
      if (r instanceof MedicationRequest mr
          && !(mr.hasStatus() && DEAD_ORDER.contains(mr.getStatus().toCode()))) {
        CodeableConcept concept = concept(mr.getMedication());
        if (vocabulary.drug(FhirCodes.codes(concept), FhirCodes.text(concept)).isEmpty()
            && vocabulary.vaccine(FhirCodes.codes(concept), FhirCodes.text(concept)).isPresent()) {
          vaccine(vocabulary, concept, Status.DRAFT, null, unrecognised).ifPresent(vaccines::add);
        } else {
          request(mr, Status.DRAFT);
        }
      } else if (r instanceof Immunization i) {
        vaccine(vocabulary, i.getVaccineCode(), Status.DRAFT, null, unrecognised)
            .ifPresent(vaccines::add);
      }
    }
  }

  private void request(MedicationRequest mr, Status status) {
    LocalDate start = FhirCodes.date(mr.getAuthoredOn());
    if (mr.hasDispenseRequest() && mr.getDispenseRequest().getValidityPeriod().hasStart()) {
      start = FhirCodes.date(mr.getDispenseRequest().getValidityPeriod().getStart());
    }
    add(
        concept(mr.getMedication()),
        status,
        mr.getDosageInstruction(),
        start,
        FhirDosage.supplyDays(mr),
        "MedicationRequest");
  }

  private void add(
      CodeableConcept concept,
      Status status,
      List<Dosage> dosage,
      LocalDate start,
      Integer supplyDays,
      String kind) {
    String text = FhirCodes.text(concept);
    Optional<Vocabulary.DrugEntry> drug = vocabulary.drug(FhirCodes.codes(concept), text);
    if (drug.isEmpty()) {
      unrecognised.add(FhirCodes.describe(kind, concept));
      return;
    }
    medications.add(
        new MedicationUse(
            drug.get().id(),
            text.isBlank() ? drug.get().id() : text,
            status,
            FhirDosage.intervalDays(dosage),
            start,
            supplyDays,
            FhirDosage.doseMg(dosage)));
  }

  private CodeableConcept concept(Type medication) {
    if (medication instanceof CodeableConcept c) {
      return c;
    }
    if (medication instanceof Reference ref) {
      if (ref.getResource() instanceof Medication m) {
        return m.getCode();
      }
      Medication m = medicationsById.get(ref.getReference());
      if (m != null) {
        return m.getCode();
      }
      return new CodeableConcept().setText(ref.getDisplay());
    }
    return new CodeableConcept();
  }

  /** A vaccine use for a vaccine code, or empty (and noted) when the vaccine is unknown. */
  static Optional<VaccineUse> vaccine(
      Vocabulary vocabulary,
      CodeableConcept code,
      Status status,
      LocalDate date,
      List<String> unrecognised) {
    String text = FhirCodes.text(code);
    Optional<Vocabulary.VaccineEntry> v = vocabulary.vaccine(FhirCodes.codes(code), text);
    if (v.isEmpty()) {
      unrecognised.add(FhirCodes.describe("Immunization", code));
      return Optional.empty();
    }
    if (v.get().ambiguous()) {
      unrecognised.add(
          FhirCodes.describe("Immunization", code)
              + " (live or non-live not stated; not treated as live)");
    }
    return Optional.of(
        new VaccineUse(
            v.get().id(), text.isBlank() ? v.get().id() : text, v.get().live(), status, date));
  }
}
