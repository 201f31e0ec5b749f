package org.openderm.decision;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.openderm.decision.PatientContext.Diagnosis;
import org.openderm.decision.PatientContext.LabResult;
import org.openderm.decision.PatientContext.Pregnancy;
import org.openderm.decision.PatientContext.Sex;
import org.openderm.decision.PatientContext.Smoking;
import org.openderm.decision.PatientContext.Status;
import org.openderm.decision.PatientContext.VaccineUse;

/**
 * Builds a {@link PatientContext} from FHIR R4 resources: the CDS Hooks prefetch (keys {@code
 * patient}, {@code conditions}, {@code medications}, {@code observations}, {@code immunizations})
 * and the orders under review ({@code context.draftOrders}).
 *
 * <p>It never fails on content: what it cannot interpret is left out and described in {@link
 * PatientContext#unrecognised()}. Malformed JSON is the parser's business ({@code FhirParsing}).
 */
final class FhirPatientContextMapper {

  /**
   * The parsed inputs; any may be null when the EHR did not send it.
   *
   * @param patient the Patient
   * @param conditions a Bundle of Condition
   * @param medications a Bundle of MedicationRequest and MedicationStatement
   * @param observations a Bundle of Observation
   * @param immunizations a Bundle of Immunization
   * @param draftOrders a Bundle of orders under review
   */
  record Prefetch(
      Patient patient,
      Bundle conditions,
      Bundle medications,
      Bundle observations,
      Bundle immunizations,
      Bundle draftOrders) {}

  private final Vocabulary vocabulary;

  FhirPatientContextMapper(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * Runs one part of the mapping; an unexpected failure on odd content is reported as not
   * understood instead of failing the whole request, and the rules see the other parts.
   */
  static <T> T guarded(String part, List<String> unrecognised, T fallback, Supplier<T> work) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      unrecognised.add(part + ": could not be read, ignored");
      return fallback;
    }
  }

  PatientContext map(Prefetch p, LocalDate today) {
    List<String> unrecognised = new ArrayList<>();
    FhirMedications meds = new FhirMedications(vocabulary, unrecognised, resources(p));
    guarded(
        "medications",
        unrecognised,
        null,
        () -> {
          meds.readCurrent(entries(p.medications()));
          return null;
        });
    guarded(
        "draftOrders",
        unrecognised,
        null,
        () -> {
          meds.readDrafts(entries(p.draftOrders()));
          return null;
        });
    List<Diagnosis> diagnoses =
        guarded("conditions", unrecognised, List.of(), () -> diagnoses(entries(p.conditions())));
    List<VaccineUse> vaccines = new ArrayList<>(meds.vaccines());
    vaccines.addAll(
        guarded(
            "immunizations",
            unrecognised,
            List.of(),
            () -> immunizations(entries(p.immunizations()), unrecognised)));
    ObservationSummary obs =
        guarded(
            "observations",
            unrecognised,
            new ObservationSummary(List.of(), Map.of(), Pregnancy.UNKNOWN, Smoking.UNKNOWN),
            () -> observations(entries(p.observations()), unrecognised));
    Pregnancy pregnancy = obs.pregnancy();
    if (pregnancy == Pregnancy.UNKNOWN
        && diagnoses.stream().anyMatch(d -> "pregnancy".equals(d.concept()) && d.active())) {
      pregnancy = Pregnancy.PREGNANT;
    }
    Boolean canBecomePregnant =
        diagnoses.stream().anyMatch(d -> "hysterectomy-or-menopause".equals(d.concept()))
            ? Boolean.FALSE
            : null;
    Patient patient = p.patient();
    return new PatientContext(
        guarded("patient", unrecognised, null, () -> age(patient, today)),
        guarded("patient", unrecognised, Sex.UNKNOWN, () -> sex(patient)),
        pregnancy,
        canBecomePregnant,
        diagnoses,
        meds.medications(),
        vaccines,
        obs.labs(),
        obs.smoking(),
        obs.scores(),
        unrecognised);
  }

  private static List<Resource> entries(Bundle bundle) {
    if (bundle == null) {
      return List.of();
    }
    return bundle.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(r -> r != null)
        .toList();
  }

  private static List<Resource> resources(Prefetch p) {
    List<Resource> all = new ArrayList<>(entries(p.medications()));
    all.addAll(entries(p.draftOrders()));
    return all;
  }

  private static Integer age(Patient patient, LocalDate today) {
    if (patient == null || !patient.hasBirthDate()) {
      return null;
    }
    LocalDate birth = FhirCodes.date(patient.getBirthDateElement());
    return birth == null || birth.isAfter(today) ? null : Period.between(birth, today).getYears();
  }

  private static Sex sex(Patient patient) {
    if (patient == null || !patient.hasGender()) {
      return Sex.UNKNOWN;
    }
    return switch (patient.getGender()) {
      case FEMALE -> Sex.FEMALE;
      case MALE -> Sex.MALE;
      case OTHER -> Sex.OTHER;
      default -> Sex.UNKNOWN;
    };
  }

  private List<Diagnosis> diagnoses(List<Resource> resources) {
    List<Diagnosis> all = new ArrayList<>();
    for (Resource r : resources) {
      if (!(r instanceof Condition c) || refuted(c)) {
        continue;
      }
      String concept =
          vocabulary
              .concept(FhirCodes.codes(c.getCode()), FhirCodes.text(c.getCode()))
              .map(Vocabulary.ConceptEntry::id)
              .orElse(null);
      all.add(new Diagnosis(concept, FhirCodes.text(c.getCode()), active(c)));
    }
    return all;
  }

  private static boolean refuted(Condition c) {
    String v = c.getVerificationStatus().getCodingFirstRep().getCode();
    return "refuted".equals(v) || "entered-in-error".equals(v);
  }

  private static boolean active(Condition c) {
    String s = c.getClinicalStatus().getCodingFirstRep().getCode();
    return s == null || s.equals("active") || s.equals("recurrence") || s.equals("relapse");
  }

  private List<VaccineUse> immunizations(List<Resource> resources, List<String> unrecognised) {
    List<VaccineUse> all = new ArrayList<>();
    for (Resource r : resources) {
      if (!(r instanceof Immunization i)
          || i.getStatus() == Immunization.ImmunizationStatus.NOTDONE
          || i.getStatus() == Immunization.ImmunizationStatus.ENTEREDINERROR) {
        continue;
      }
      FhirMedications.vaccine(
              vocabulary,
              i.getVaccineCode(),
              Status.ACTIVE,
              FhirCodes.date(i.getOccurrence()),
              unrecognised)
          .ifPresent(all::add);
    }
    return all;
  }

  private ObservationSummary observations(List<Resource> resources, List<String> unrecognised) {
    List<LabResult> labs = new ArrayList<>();
    Map<String, Double> scores = new HashMap<>();
    Map<String, LocalDate> scoreDates = new HashMap<>();
    Pregnancy pregnancy = Pregnancy.UNKNOWN;
    LocalDate pregnancyDate = null;
    Smoking smoking = Smoking.UNKNOWN;
    LocalDate smokingDate = null;
    for (Resource r : resources) {
      if (!(r instanceof Observation o) || cancelled(o)) {
        continue;
      }
      LocalDate date = FhirObservations.date(o);
      Optional<String> loinc = FhirObservations.loinc(o);
      if (loinc.filter(FhirObservations.PREGNANCY_STATUS::equals).isPresent()) {
        if (newer(date, pregnancyDate, pregnancy != Pregnancy.UNKNOWN)) {
          pregnancy = FhirObservations.pregnancy(o);
          pregnancyDate = date;
        }
      } else if (loinc.filter(FhirObservations.SMOKING_STATUS::equals).isPresent()) {
        if (newer(date, smokingDate, smoking != Smoking.UNKNOWN)) {
          smoking = FhirObservations.smoking(o);
          smokingDate = date;
        }
      } else if (FhirObservations.scoreName(o).isPresent()) {
        String name = FhirObservations.scoreName(o).get();
        Optional<Double> value = FhirObservations.number(o);
        if (value.isPresent() && newer(date, scoreDates.get(name), scores.containsKey(name))) {
          scores.put(name, value.get());
          scoreDates.put(name, date);
        }
      } else {
        FhirObservations.lab(o, loinc.orElse(null), vocabulary, unrecognised).ifPresent(labs::add);
      }
    }
    return new ObservationSummary(labs, scores, pregnancy, smoking);
  }

  private static boolean cancelled(Observation o) {
    return o.getStatus() == Observation.ObservationStatus.CANCELLED
        || o.getStatus() == Observation.ObservationStatus.ENTEREDINERROR;
  }

  /** Whether a value dated {@code date} replaces one dated {@code current}. */
  private static boolean newer(LocalDate date, LocalDate current, boolean haveCurrent) {
    if (!haveCurrent) {
      return true;
    }
    return date != null && (current == null || !date.isBefore(current));
  }

  private record ObservationSummary(
      List<LabResult> labs, Map<String, Double> scores, Pregnancy pregnancy, Smoking smoking) {}
}
