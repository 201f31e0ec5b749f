package org.openderm.decision;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openderm.audit.Action;
import org.openderm.eczema.AssessmentService;
import org.openderm.eczema.ScoreTrend;
import org.openderm.patient.Capability;
import org.openderm.patient.Patient;
import org.openderm.patient.PatientData;
import org.openderm.patient.PatientId;
import org.openderm.patient.PatientService;
import org.openderm.record.ClinicalRecordService;
import org.openderm.security.CurrentUser;
import org.openderm.system.InvalidInputException;
import org.openderm.system.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision cards on a patient's record page, built from OpenDerm's own records (identity,
 * problems, treatments), and the clinician's accept/dismiss decisions on them, each audited. A
 * handled card stays out of the open list for {@value #HANDLED_DAYS} days.
 */
@Service
@PreAuthorize("hasRole('CLINICIAN')")
public class PatientCardsService {

  static final int HANDLED_DAYS = 90;

  private final JdbcClient jdbc;
  private final DecisionService decisions;
  private final ClinicalRecordService records;
  private final FhirPatientContextMapper mapper;
  private final PatientService patients;
  private final AssessmentService assessments;
  private final Set<String> ruleIds;

  PatientCardsService(
      JdbcClient jdbc,
      DecisionService decisions,
      ClinicalRecordService records,
      PatientService patients,
      AssessmentService assessments) {
    this.jdbc = jdbc;
    this.decisions = decisions;
    this.records = records;
    this.mapper = new FhirPatientContextMapper(decisions.vocabulary());
    this.patients = patients;
    this.assessments = assessments;
    this.ruleIds = decisions.ruleIds();
  }

  @PatientData(
      action = Action.R,
      resource = "decision-cards",
      capability = {Capability.READ})
  @Transactional
  public PatientCards cards(@PatientId UUID patientId, Locale locale) {
    PatientContext context = context(patientId);
    List<Card> all = new ArrayList<>(decisions.evaluate(context, Hook.PATIENT_VIEW, locale));
    boolean planned =
        context.medications().stream().anyMatch(m -> m.status() == PatientContext.Status.DRAFT)
            || context.vaccines().stream().anyMatch(v -> v.status() == PatientContext.Status.DRAFT);
    if (planned) {
      // A planned medication or vaccination is an order under review: the record page shows the
      // cards a CDS Hooks client gets on order-select for it.
      Set<String> shown = all.stream().map(Card::ruleId).collect(Collectors.toSet());
      decisions.evaluate(context, Hook.ORDER_SELECT, locale).stream()
          .filter(c -> shown.add(c.ruleId()))
          .forEach(all::add);
    }
    Map<String, CardFeedback> latest = latestFeedback(patientId);
    List<Card> open = new ArrayList<>();
    List<PatientCards.Handled> handled = new ArrayList<>();
    for (Card c : all) {
      CardFeedback f = latest.get(c.ruleId());
      if (f == null) {
        open.add(c);
      } else {
        handled.add(new PatientCards.Handled(c, f));
      }
    }
    return new PatientCards(open, handled);
  }

  /**
   * The patient context the rules see, from this patient's stored clinical record read through the
   * same FHIR mapping as a CDS Hooks prefetch, plus the latest stored score of each instrument.
   */
  @PatientData(action = Action.R, resource = "decision-context")
  @Transactional
  public PatientContext context(@PatientId UUID patientId) {
    Patient p = patients.get(patientId);
    FhirPatientContextMapper.Prefetch prefetch = RecordPrefetch.of(p, records.record(patientId));
    PatientContext fromRecord = mapper.map(prefetch, decisions.today());
    // The latest stored score of each instrument, keyed as the rules name them (SALT, EASI...).
    Map<String, Double> scores = new HashMap<>(fromRecord.scores());
    for (ScoreTrend t : assessments.trends(patientId)) {
      scores.put(t.instrument().toUpperCase(Locale.ROOT), t.trend().last());
    }
    return new PatientContext(
        fromRecord.ageYears(),
        fromRecord.sex(),
        fromRecord.pregnancy(),
        fromRecord.canBecomePregnant(),
        fromRecord.diagnoses(),
        fromRecord.medications(),
        fromRecord.vaccines(),
        fromRecord.labs(),
        fromRecord.smoking(),
        scores,
        fromRecord.unrecognised());
  }

  @PatientData(
      action = Action.U,
      resource = "decision-card",
      capability = {Capability.WRITE_CLINICAL})
  @Transactional
  public CardFeedback feedback(@PatientId UUID patientId, CardFeedback f) {
    List<Violation> violations = new ArrayList<>();
    if (f.ruleId() == null
        || !(ruleIds.contains(f.ruleId()) || f.ruleId().equals("unrecognised-input"))) {
      violations.add(new Violation("ruleId", "must be the id of a decision rule"));
    }
    String outcome = f.outcome() == null ? "" : f.outcome().toUpperCase(Locale.ROOT);
    if (!Set.of("ACCEPTED", "DISMISSED").contains(outcome)) {
      violations.add(new Violation("outcome", "must be accepted or dismissed"));
    }
    if ("DISMISSED".equals(outcome) && !OverrideReasons.known(f.reason())) {
      violations.add(new Violation("reason", "a dismissal needs one of the override reasons"));
    }
    if ("other".equals(f.reason()) && (f.comment() == null || f.comment().isBlank())) {
      violations.add(new Violation("comment", "is required when the reason is other"));
    }
    if (f.comment() != null && f.comment().length() > 500) {
      violations.add(new Violation("comment", "at most 500 characters"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    jdbc.sql(
            """
        insert into decision_card_feedback (patient_id, rule_id, card_uuid, outcome, reason_code,
          reason_text, recorded_by)
        values (:p, :rule, :uuid, :outcome, :reason, :comment, :by)""")
        .param("p", patientId)
        .param("rule", f.ruleId())
        .param("uuid", f.cardUuid())
        .param("outcome", outcome)
        .param("reason", f.reason())
        .param("comment", f.comment())
        .param("by", CurrentUser.username())
        .update();
    return new CardFeedback(
        f.ruleId(),
        f.cardUuid(),
        outcome,
        f.reason(),
        f.comment(),
        Instant.now(),
        CurrentUser.username());
  }

  /** Every accept/dismiss decision on this patient's cards, newest first (the timeline's). */
  @PatientData(
      action = Action.R,
      resource = "decision-card",
      capability = {Capability.READ})
  @Transactional
  public List<CardFeedback> feedbackHistory(@PatientId UUID patientId) {
    return feedbackSince(patientId, Instant.EPOCH);
  }

  private Map<String, CardFeedback> latestFeedback(UUID patientId) {
    Instant since = Instant.now().minus(HANDLED_DAYS, ChronoUnit.DAYS);
    return feedbackSince(patientId, since).stream()
        .collect(Collectors.toMap(CardFeedback::ruleId, f -> f, (a, b) -> a, HashMap::new));
  }

  private List<CardFeedback> feedbackSince(UUID patientId, Instant since) {
    return jdbc.sql(
            "select rule_id, card_uuid, outcome, reason_code, reason_text, recorded_at,"
                + " recorded_by from decision_card_feedback where patient_id = :p"
                + " and recorded_at >= :since order by recorded_at desc")
        .param("p", patientId)
        .param("since", java.sql.Timestamp.from(since))
        .query(
            (rs, i) ->
                new CardFeedback(
                    rs.getString("rule_id"),
                    rs.getString("card_uuid"),
                    rs.getString("outcome"),
                    rs.getString("reason_code"),
                    rs.getString("reason_text"),
                    rs.getTimestamp("recorded_at").toInstant(),
                    rs.getString("recorded_by")))
        .list();
  }
}
