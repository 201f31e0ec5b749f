package org.openderm.fhir;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Media;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.openderm.fhir.FhirPatientRecord.Person;
import org.openderm.system.InvalidInputException;
import org.openderm.system.fhir.FhirParsing;

/**
 * Reads a FHIR R4 Bundle of one patient's record (as {@link FhirExporter} writes it, or from
 * another system using the same resources) into a {@link FhirPatientRecord}, all or nothing: the
 * whole bundle is checked and every problem listed in one {@link InvalidInputException}; nothing is
 * returned unless all of it is valid, so the caller can store it in one transaction.
 */
final class FhirImporter {

  private FhirImporter() {}

  static FhirPatientRecord read(String json) {
    FhirParsing.Parsed parsed = FhirParsing.parse(json, "bundle");
    if (!parsed.violations().isEmpty()) {
      throw new InvalidInputException(parsed.violations());
    }
    if (!(parsed.resource() instanceof Bundle bundle)) {
      throw new InvalidInputException("bundle", "must be a FHIR R4 Bundle");
    }
    return read(bundle);
  }

  static FhirPatientRecord read(Bundle bundle) {
    ImportChecks checks = new ImportChecks();
    List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
    Person person = person(entries, checks);
    Builder b = new Builder();
    for (int i = 0; i < entries.size(); i++) {
      checks.at(i);
      Bundle.BundleEntryComponent entry = entries.get(i);
      Resource r = entry.getResource();
      if (r == null) {
        checks.fail("resource", "is required");
        continue;
      }
      UUID id = ImportChecks.id(r, entry.getFullUrl());
      switch (r) {
        case Patient p -> {}
        case Condition c -> b.problems.add(FhirImportRecords.problem(id, c, checks));
        case Observation o -> {
          if (!b.clinical.observation(id, o, checks)) {
            b.scores.add(FhirImportRecords.score(id, o, checks));
          }
        }
        case Immunization im -> b.clinical.immunization(id, im, checks);
        case AllergyIntolerance a -> b.clinical.allergy(id, a, checks);
        case MedicationRequest mr when b.clinical.vaccineOrder(id, mr, checks) -> {}
        case Media m -> b.photos.add(FhirImportRecords.photo(id, m, checks));
        case Consent c -> b.consents.add(FhirImportRecords.consent(id, c, checks));
        case MedicationStatement m ->
            b.medications.add(FhirImportRecords.medication(id, m, checks));
        case DiagnosticReport d -> b.triage.add(FhirImportTriage.triage(id, d, checks));
        case AuditEvent a -> b.audit.add(FhirImportTriage.audit(id, a, checks));
        default -> checks.fail("resource", "unsupported resource type " + r.fhirType());
      }
    }
    if (!checks.violations().isEmpty()) {
      throw new InvalidInputException(checks.violations());
    }
    return new FhirPatientRecord(
        person,
        b.problems,
        b.scores,
        b.photos,
        b.consents,
        b.medications,
        b.triage,
        b.audit,
        b.clinical.toRecord(person.id()));
  }

  private static Person person(List<Bundle.BundleEntryComponent> entries, ImportChecks checks) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).getResource() instanceof Patient) {
        at.add(i);
      }
    }
    if (at.size() != 1) {
      checks.fail(null, "must contain exactly one Patient, found " + at.size());
      return new Person(UUID.randomUUID(), null, null, null, null, null, null);
    }
    Bundle.BundleEntryComponent entry = entries.get(at.get(0));
    Patient p = (Patient) entry.getResource();
    UUID id = ImportChecks.id(p, entry.getFullUrl());
    Set<String> refs = new HashSet<>();
    if (entry.getFullUrl() != null) {
      refs.add(entry.getFullUrl());
    }
    refs.add("Patient/" + p.getIdElement().getIdPart());
    refs.add(FhirTypes.urn(id));
    checks.patientReferences(refs);
    String pseudonym = identifier(p, OpenDermSystems.PSEUDONYM);
    String sex = p.hasGender() ? p.getGender().toCode().toUpperCase(Locale.ROOT) : null;
    return new Person(
        id,
        pseudonym,
        p.getNameFirstRep().getGivenAsSingleString().isEmpty()
            ? null
            : p.getNameFirstRep().getGivenAsSingleString(),
        p.getNameFirstRep().getFamily(),
        FhirTypes.localDate(p.getBirthDateElement()),
        sex,
        identifier(p, OpenDermSystems.EXTERNAL_ID));
  }

  private static String identifier(Patient p, String system) {
    return p.getIdentifier().stream()
        .filter(i -> system.equals(i.getSystem()))
        .map(Identifier::getValue)
        .findFirst()
        .orElse(null);
  }

  private static final class Builder {
    final List<FhirPatientRecord.Problem> problems = new ArrayList<>();
    final List<FhirPatientRecord.Score> scores = new ArrayList<>();
    final List<FhirPatientRecord.Photo> photos = new ArrayList<>();
    final List<FhirPatientRecord.ConsentDecision> consents = new ArrayList<>();
    final List<FhirPatientRecord.Medication> medications = new ArrayList<>();
    final List<FhirPatientRecord.Triage> triage = new ArrayList<>();
    final List<FhirPatientRecord.Audit> audit = new ArrayList<>();
    final FhirImportClinical clinical = new FhirImportClinical();
  }
}
