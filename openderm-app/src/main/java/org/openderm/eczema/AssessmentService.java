package org.openderm.eczema;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openderm.audit.Action;
import org.openderm.eczema.course.CoursePoint;
import org.openderm.eczema.course.TrendSummary;
import org.openderm.patient.AccessPolicy;
import org.openderm.patient.Capability;
import org.openderm.patient.PatientData;
import org.openderm.patient.PatientId;
import org.openderm.security.CurrentUser;
import org.openderm.system.InvalidInputException;
import org.openderm.system.NotFoundException;
import org.openderm.system.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored severity assessments: computed with {@link ScoreCalculator}, stored with their input,
 * score, instrument version and band set; an edit adds a version, voiding keeps the rows.
 *
 * <p>Every method checks the caller's grant on the patient and writes one audit row ({@link
 * PatientData}). Patients record their own diary; clinicians with access record visits.
 */
@Service
@PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT')")
public class AssessmentService {

  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
  private static final int NOTE_MAX = 2000;

  private final AssessmentStore store;
  private final ScoreCalculator calculator;
  private final ApplicationEventPublisher events;
  private final JsonMapper json;

  AssessmentService(
      AssessmentStore store,
      ScoreCalculator calculator,
      ApplicationEventPublisher events,
      JsonMapper json) {
    this.store = store;
    this.calculator = calculator;
    this.events = events;
    this.json = json;
  }

  /** Computes and stores a new assessment. */
  @PatientData(
      action = Action.C,
      resource = "assessment",
      capability = {Capability.WRITE_PATIENT_ENTRY, Capability.WRITE_CLINICAL, Capability.COMMENT})
  @Transactional
  public Assessment record(@PatientId UUID patientId, NewAssessment request) {
    return store(patientId, UUID.randomUUID(), 1, request);
  }

  /** Stores a corrected version of an assessment (the previous versions stay). */
  @PatientData(
      action = Action.U,
      resource = "assessment",
      capability = {Capability.AMEND_ENTRY})
  @Transactional
  public Assessment revise(@PatientId UUID patientId, UUID assessmentId, NewAssessment request) {
    Assessment previous =
        store.latest(patientId, assessmentId).orElseThrow(AssessmentService::unknown);
    requireMayAmend(patientId, assessmentId);
    if (!previous.instrument().equals(request.instrument())) {
      throw new InvalidInputException("instrument", "must stay " + previous.instrument());
    }
    return store(patientId, assessmentId, previous.version() + 1, request);
  }

  /** The current version of each assessment, oldest first; {@code instrument} may be null. */
  @PatientData(
      action = Action.R,
      resource = "assessment",
      capability = {Capability.READ})
  @Transactional
  public List<Assessment> list(@PatientId UUID patientId, String instrument) {
    String filter = instrument == null ? null : Instrument.fromId(instrument).id();
    return store.current(patientId).stream()
        .filter(a -> filter == null || a.instrument().equals(filter))
        .toList();
  }

  /** Each instrument's trend from the current assessments, in the order first recorded. */
  @PatientData(
      action = Action.R,
      resource = "assessment",
      capability = {Capability.READ})
  @Transactional
  public List<ScoreTrend> trends(@PatientId UUID patientId) {
    Map<String, List<CoursePoint>> byInstrument = new LinkedHashMap<>();
    for (Assessment a : store.current(patientId)) {
      byInstrument
          .computeIfAbsent(a.instrument(), k -> new ArrayList<>())
          .add(new CoursePoint(a.takenAt(), a.score(), a.band().name()));
    }
    List<ScoreTrend> trends = new ArrayList<>();
    byInstrument.forEach(
        (id, points) ->
            trends.add(new ScoreTrend(id, Instrument.fromId(id).max(), TrendSummary.of(points))));
    return trends;
  }

  /** Every version of one assessment, newest first. */
  @PatientData(
      action = Action.R,
      resource = "assessment",
      capability = {Capability.READ})
  @Transactional
  public List<Assessment> versions(@PatientId UUID patientId, UUID assessmentId) {
    List<Assessment> versions = store.versions(patientId, assessmentId);
    if (versions.isEmpty()) {
      throw unknown();
    }
    return versions;
  }

  /** Voids an assessment (kept, with who, when and why); it leaves the course chart. */
  @PatientData(
      action = Action.D,
      resource = "assessment",
      capability = {Capability.AMEND_ENTRY})
  @Transactional
  public void voidAssessment(@PatientId UUID patientId, UUID assessmentId, String reason) {
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw new InvalidInputException("reason", "is required: 1 to 500 characters");
    }
    requireMayAmend(patientId, assessmentId);
    if (store.voidAll(patientId, assessmentId, CurrentUser.username(), reason.strip()) == 0) {
      throw unknown();
    }
  }

  /** A patient corrects or voids her own entries only, never a version a clinician wrote. */
  private void requireMayAmend(UUID patientId, UUID assessmentId) {
    for (Assessment version : store.versions(patientId, assessmentId)) {
      if (!AccessPolicy.mayAmend(version.recordedBy())) {
        throw new AccessDeniedException("only the entry's author or a clinician may change it");
      }
    }
  }

  private Assessment store(UUID patientId, UUID id, int version, NewAssessment request) {
    Instrument instrument = instrument(request.instrument());
    Instant now = Instant.now();
    Instant takenAt = request.takenAt() == null ? now : request.takenAt();
    if (takenAt.isAfter(now.plus(CLOCK_SKEW))) {
      throw new InvalidInputException("takenAt", "must not be in the future");
    }
    if (request.note() != null && request.note().length() > NOTE_MAX) {
      throw new InvalidInputException("note", "must be at most " + NOTE_MAX + " characters");
    }
    if (request.input() == null) {
      throw new InvalidInputException("input", "is required: the instrument's items");
    }
    ScoreResult result = compute(instrument, request);
    Assessment assessment =
        new Assessment(
            id,
            version,
            patientId,
            instrument.id(),
            instrument.version(),
            takenAt,
            request.input(),
            result.score(),
            result.max(),
            result.band(),
            json.valueToTree(result.components()),
            request.note() == null || request.note().isBlank() ? null : request.note().strip(),
            now,
            CurrentUser.username(),
            CurrentUser.auditRole());
    store.insert(assessment);
    events.publishEvent(
        new AssessmentRecorded(patientId, id, version, instrument.id(), takenAt, result.score()));
    return assessment;
  }

  /** The score, with invalid fields named by their path in the request ({@code input.itch}). */
  private ScoreResult compute(Instrument instrument, NewAssessment request) {
    try {
      return calculator.compute(instrument, request.input());
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          e.violations().stream()
              .map(
                  v ->
                      new Violation(
                          v.field().isEmpty() ? "input" : "input." + v.field(), v.message()))
              .toList());
    }
  }

  private static Instrument instrument(String id) {
    if (id == null) {
      throw new InvalidInputException("instrument", "is required: one of " + ids());
    }
    try {
      return Instrument.fromId(id);
    } catch (NotFoundException e) {
      throw new InvalidInputException("instrument", "must be one of " + ids());
    }
  }

  private static List<String> ids() {
    return java.util.Arrays.stream(Instrument.values()).map(Instrument::id).toList();
  }

  private static NotFoundException unknown() {
    return new NotFoundException("DERM-0403", "No such assessment for this patient");
  }
}
