package org.openderm.system.demo;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.openderm.consent.ConsentRequest;
import org.openderm.consent.ConsentService;
import org.openderm.consent.Purpose;
import org.openderm.eczema.AssessmentService;
import org.openderm.eczema.NewAssessment;
import org.openderm.patient.CareTeamService;
import org.openderm.patient.NewPatient;
import org.openderm.patient.PatientService;
import org.openderm.photo.PhotoQualityService;
import org.openderm.photo.PhotoService;
import org.openderm.photo.SanitizedImage;
import org.openderm.photo.StoredPhoto;
import org.openderm.record.ClinicalRecord.NewImmunization;
import org.openderm.record.ClinicalRecord.NewLabResult;
import org.openderm.record.ClinicalRecord.NewMedication;
import org.openderm.record.ClinicalRecord.NewPregnancyStatus;
import org.openderm.record.ClinicalRecord.NewProblem;
import org.openderm.record.ClinicalRecordService;
import org.openderm.security.AccountService;
import org.openderm.security.NewAccount;
import org.openderm.security.Role;
import org.openderm.system.Dates;
import org.openderm.system.SystemProperties;
import org.openderm.triage.TriageService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * What the demo stories record with: the features' own services, called as the demo dermatologist
 * or as the patient's account (so that access checks, consent, quality gate, triage model and audit
 * all run as in real use), and dates counted back from today in the clinic's time zone.
 */
@Component
class DemoKit {

  static final String DERMATO = "dermato";

  private final PatientService patients;
  private final ConsentService consents;
  private final CareTeamService careTeam;
  private final AccountService accounts;
  private final AssessmentService assessments;
  private final ClinicalRecordService records;
  private final PhotoQualityService quality;
  private final PhotoService photos;
  private final TriageService triage;
  private final DemoImages images;
  private final SystemProperties system;
  private final Dates dates;

  DemoKit(
      PatientService patients,
      ConsentService consents,
      CareTeamService careTeam,
      AccountService accounts,
      AssessmentService assessments,
      ClinicalRecordService records,
      PhotoQualityService quality,
      PhotoService photos,
      TriageService triage,
      DemoImages images,
      SystemProperties system,
      Dates dates) {
    this.patients = patients;
    this.consents = consents;
    this.careTeam = careTeam;
    this.accounts = accounts;
    this.assessments = assessments;
    this.records = records;
    this.quality = quality;
    this.photos = photos;
    this.triage = triage;
    this.images = images;
    this.system = system;
    this.dates = dates;
  }

  /** Today in the clinic's time zone. */
  LocalDate today() {
    return LocalDate.now(dates.zone());
  }

  /** {@code daysAgo} days before today at {@code hour}:{@code minute}, never in the future. */
  Instant at(int daysAgo, int hour, int minute) {
    Instant t =
        today()
            .minusDays(daysAgo)
            .atTime(LocalTime.of(hour, minute))
            .atZone(dates.zone())
            .toInstant();
    Instant latest = Instant.now().minusSeconds(60);
    return t.isAfter(latest) ? latest.minusSeconds(60L * (24 - hour)) : t;
  }

  UUID createPatient(NewPatient p) {
    return asDermato(() -> patients.create(p).id());
  }

  void consent(UUID patient, Purpose purpose, String grantee) {
    asDermato(() -> consents.record(patient, new ConsentRequest(purpose, true, grantee)));
  }

  void careTeam(UUID patient, String clinician) {
    asDermato(
        () -> {
          careTeam.addMember(patient, clinician);
          return null;
        });
  }

  /** A patient account (the patient, or a parent for a child) unless it exists already. */
  void patientAccount(String username, String displayName, UUID patient) {
    if (accounts.find(username).isEmpty()) {
      accounts.createUnchecked(
          new NewAccount(
              username, displayName, system.demoPassword(), Role.PATIENT, null, patient));
    }
  }

  /** An assessment entered by the dermatologist at a visit. */
  void visitScore(UUID patient, String instrument, Instant at, JsonNode input, String note) {
    asDermato(() -> assessments.record(patient, new NewAssessment(instrument, at, input, note)));
  }

  /** A diary entry made from the patient's (or parent's) own account. */
  void diaryScore(
      String account, UUID patient, String instrument, Instant at, JsonNode input, String note) {
    as(
        account,
        List.of("ROLE_PATIENT"),
        () -> assessments.record(patient, new NewAssessment(instrument, at, input, note)));
  }

  /** A problem on the clinical record's problem list. */
  void problem(UUID patient, String system, String code, String display, LocalDate onset) {
    asDermato(
        () -> records.addProblem(patient, new NewProblem(system, code, display, true, onset)));
  }

  /**
   * A medication on the record's one list, stopped on {@code end} when given: the eczema course
   * chart shades it as a treatment period.
   */
  void medication(UUID patient, NewMedication m, LocalDate end) {
    asDermato(
        () ->
            records.addMedication(
                patient,
                new NewMedication(
                    m.name(),
                    m.atc(),
                    m.dosageText(),
                    m.intervalDays(),
                    m.supplyDays(),
                    m.start(),
                    end,
                    end == null ? null : "STOPPED")));
  }

  /** A laboratory result (LOINC, value and unit as the decision rules read them). */
  void lab(
      UUID patient,
      String loinc,
      String display,
      Double value,
      String unit,
      String text,
      LocalDate on) {
    asDermato(
        () -> records.addLab(patient, new NewLabResult(loinc, display, value, unit, text, on)));
  }

  /** A completed vaccination (CVX code). */
  void vaccination(UUID patient, String cvx, String display, LocalDate on) {
    asDermato(
        () ->
            records.addImmunization(
                patient, new NewImmunization(cvx, display, "COMPLETED", on, null)));
  }

  /** The Fitzpatrick phototype (1..6). */
  void phototype(UUID patient, int value) {
    asDermato(() -> records.setPhototype(patient, value));
  }

  /** A pregnancy status with the contraception in use. */
  void pregnancyStatus(UUID patient, String status, LocalDate on, String contraception) {
    asDermato(
        () ->
            records.recordPregnancyStatus(
                patient, new NewPregnancyStatus(status, on, contraception)));
  }

  /**
   * A dermoscopy image stored through the photo gate (sanitised, judged, encrypted) and analysed by
   * the triage model (its real output stored); nothing when the image is not available.
   */
  boolean photoWithTriage(UUID patient, String imageId, String bodySite) {
    return images
        .ham10000(imageId)
        .map(
            bytes -> {
              SanitizedImage clean = quality.sanitize(new ByteArrayInputStream(bytes));
              StoredPhoto photo =
                  asDermato(() -> photos.store(patient, clean, quality.verdict(clean), bodySite));
              asDermato(() -> triage.analysePhoto(patient, photo.id(), true, Locale.FRENCH));
              return true;
            })
        .orElse(false);
  }

  <T> T asDermato(Supplier<T> work) {
    return as(DERMATO, List.of("ROLE_CLINICIAN", "SPECIALTY_DERMATOLOGIST"), work);
  }

  private static <T> T as(String username, List<String> authorities, Supplier<T> work) {
    var previous = SecurityContextHolder.getContext().getAuthentication();
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(
                username, null, authorities.stream().map(SimpleGrantedAuthority::new).toList()));
    try {
      return work.get();
    } finally {
      SecurityContextHolder.getContext().setAuthentication(previous);
    }
  }
}
