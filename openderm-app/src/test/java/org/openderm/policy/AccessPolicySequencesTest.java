package org.openderm.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.openderm.consent.ConsentRequest;
import org.openderm.consent.ConsentService;
import org.openderm.consent.Purpose;
import org.openderm.eczema.AssessmentService;
import org.openderm.eczema.NewAssessment;
import org.openderm.eczema.TreatmentPeriodService;
import org.openderm.fhir.FhirPatientRecord.IdentityMode;
import org.openderm.fhir.FhirRecordService;
import org.openderm.patient.AccessGrant;
import org.openderm.patient.AccessPolicy;
import org.openderm.patient.Capability;
import org.openderm.patient.CareTeamService;
import org.openderm.patient.NewPatient;
import org.openderm.patient.PatientService;
import org.openderm.record.ClinicalRecord.NewMedication;
import org.openderm.record.ClinicalRecordService;
import org.openderm.security.AccountService;
import org.openderm.security.NewAccount;
import org.openderm.security.Role;
import org.openderm.security.Specialty;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated sequences of operations (share, withdraw, break-glass, expire, add to care team, void,
 * export, identity edit, disable, patient and clinician writes, admin linking ...) by random actors
 * against the real services on PostgreSQL. Each result is compared with the policy table ({@link
 * AccessPolicy}) applied to a model of the relationships: an operation the table refuses that
 * succeeds is an escalation; one it allows that is refused is a wrong refusal. Sequences are drawn
 * with jqwik's generators; a failing sequence is printed so it can be replayed by hand.
 */
class AccessPolicySequencesTest extends IntegrationTest {

  static final int SEQUENCES = Integer.getInteger("openderm.policy.sequences", 60);
  static final int STEPS = 16;

  @Autowired AccountService accounts;
  @Autowired PatientService patients;
  @Autowired CareTeamService careTeam;
  @Autowired ConsentService consents;
  @Autowired AssessmentService assessments;
  @Autowired TreatmentPeriodService periods;
  @Autowired ClinicalRecordService treatments;
  @Autowired FhirRecordService fhir;
  @Autowired JdbcClient jdbc;

  enum Op {
    READ,
    EXPORT,
    EDIT_IDENTITY,
    VOID_RECORD,
    ADD_SELF_TO_CARE_TEAM,
    ADD_OTHER_TO_CARE_TEAM,
    SHARE,
    WITHDRAW,
    BREAK_GLASS,
    EXPIRE_BREAK_GLASS,
    WRITE_DIARY,
    ADD_MEDICATION,
    VOID_CLINICIAN_ASSESSMENT,
    REVISE_CLINICIAN_ASSESSMENT,
    VOID_CLINICIAN_PERIOD,
    DISABLE,
    ADMIN_LINKS_PATIENT_ACCOUNT
  }

  record Step(Op op, int actor, int other) {
    @Override
    public String toString() {
      return op + "(actor " + actor + ", other " + other + ")";
    }
  }

  /** The model: each clinician's relationships to the sequence's patient. */
  static final class Model {
    final Map<String, Set<String>> ties = new HashMap<>();
    final Set<String> disabled = new java.util.HashSet<>();
    boolean voided;
    boolean assessmentVoided;
    boolean periodVoided;

    AccessGrant grant(Actor a) {
      if (voided || disabled.contains(a.username)) {
        return AccessGrant.NONE;
      }
      if (a.role == Role.PATIENT) {
        return a.ownRecord ? AccessGrant.OWN_RECORD : AccessGrant.NONE;
      }
      if (a.role != Role.CLINICIAN) {
        return AccessGrant.NONE;
      }
      Set<String> t = ties.getOrDefault(a.username, Set.of());
      if (t.contains("CARE")) {
        return AccessGrant.CARE;
      }
      if (t.contains("SHARED")) {
        return AccessGrant.SHARED;
      }
      return t.contains("BREAK_GLASS") ? AccessGrant.BREAK_GLASS : AccessGrant.NONE;
    }

    void tie(String username, String kind, boolean on) {
      if (on) {
        ties.computeIfAbsent(username, k -> new java.util.HashSet<>()).add(kind);
      } else {
        ties.getOrDefault(username, new java.util.HashSet<>()).remove(kind);
      }
    }
  }

  record Actor(String username, Role role, boolean ownRecord) {}

  record Finding(Op op, AccessGrant grant, Role role, boolean allowedByPolicy) {}

  @Test
  void everyOperationFollowsThePolicyTable() {
    String creator = fixtures.clinician(Specialty.DERMATOLOGIST);
    List<String> clinicians =
        List.of(
            fixtures.clinician(Specialty.GP),
            fixtures.clinician(Specialty.DERMATOLOGIST),
            fixtures.clinician(Specialty.GP));
    String admin = fixtures.account(Role.ADMIN);
    String learner = fixtures.account(Role.LEARNER);

    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.of(Op.class),
                Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 3))
            .as(Step::new);
    List<List<Step>> sequences = step.list().ofSize(STEPS).sampleStream().limit(SEQUENCES).toList();

    Map<String, Finding> escalations = new LinkedHashMap<>();
    Map<String, Finding> wrongRefusals = new LinkedHashMap<>();
    int operations = 0;
    int sequencesWithEscalation = 0;
    for (List<Step> sequence : sequences) {
      // Each sequence: a fresh record with its own patient account, a clinician assessment and a
      // clinician treatment period, and fresh (enabled) clinicians' ties.
      List<String> cs = new ArrayList<>();
      accountsEnable(creator);
      for (String c : clinicians) {
        accountsEnable(c);
        cs.add(c);
      }
      UUID patient =
          Fixtures.as(
              creator,
              "ROLE_CLINICIAN",
              () ->
                  patients
                      .create(
                          new NewPatient(
                              "Seq",
                              Fixtures.unique("Policy"),
                              LocalDate.of(1980, 5, 5),
                              "female",
                              null))
                      .id());
      String self = fixtures.patientAccount(patient);
      UUID assessment =
          Fixtures.as(
              creator, "ROLE_CLINICIAN", () -> assessments.record(patient, poem("visit")).id());
      UUID period =
          Fixtures.as(
              creator,
              "ROLE_CLINICIAN",
              () -> periods.record(patient, "dupilumab", LocalDate.of(2026, 1, 1), null).id());
      List<Actor> actors =
          List.of(
              new Actor(cs.get(0), Role.CLINICIAN, false),
              new Actor(cs.get(1), Role.CLINICIAN, false),
              new Actor(cs.get(2), Role.CLINICIAN, false),
              new Actor(self, Role.PATIENT, true),
              new Actor(admin, Role.ADMIN, false),
              new Actor(learner, Role.LEARNER, false),
              new Actor(creator, Role.CLINICIAN, false));
      Model model = new Model();
      model.tie(creator, "CARE", true);
      List<String> trace = new ArrayList<>();
      boolean escalated = false;
      for (Step s : sequence) {
        Actor actor = actors.get(s.actor());
        Actor other = actors.get(s.other());
        Expect expect = expect(s.op(), actor, other, model);
        boolean succeeded = run(s.op(), actor, other, patient, assessment, period, trace);
        operations++;
        trace.add(
            s
                + " as "
                + actor.role()
                + "/"
                + expect.grant
                + " -> "
                + (succeeded ? "ok" : "refused"));
        Finding f = new Finding(s.op(), expect.grant, actor.role(), expect.allowed);
        if (succeeded && !expect.allowed) {
          escalations.putIfAbsent(key(s.op(), actor, expect), f);
          System.out.println("ESCALATION " + String.join(" ; ", trace));
          escalated = true;
          // Follow what the system did (e.g. a self-added member is now on the team), so the
          // rest of the sequence shows what the escalation leads to.
          apply(s.op(), actor, other, model);
          continue;
        }
        if (!succeeded && expect.allowed) {
          wrongRefusals.putIfAbsent(key(s.op(), actor, expect), f);
          System.out.println("WRONG REFUSAL " + String.join(" ; ", trace));
          break;
        }
        if (succeeded) {
          apply(s.op(), actor, other, model);
        }
      }
      if (escalated) {
        sequencesWithEscalation++;
      }
    }
    System.out.printf(
        "policy sequences: %d sequences, %d operations, %d sequences with an escalation,"
            + " escalations %s, wrong refusals %s%n",
        sequences.size(),
        operations,
        sequencesWithEscalation,
        escalations.keySet(),
        wrongRefusals.keySet());
    assertThat(escalations).as("operations the policy refuses that succeeded").isEmpty();
    assertThat(wrongRefusals).as("operations the policy allows that were refused").isEmpty();
  }

  record Expect(boolean allowed, AccessGrant grant) {}

  private static String key(Op op, Actor actor, Expect expect) {
    return op == Op.ADMIN_LINKS_PATIENT_ACCOUNT
        ? op.name()
        : op + " by " + actor.role() + "/" + expect.grant;
  }

  private Expect expect(Op op, Actor a, Actor other, Model m) {
    AccessGrant g = m.grant(a);
    boolean clinician = a.role() == Role.CLINICIAN && !m.disabled.contains(a.username());
    boolean allowed =
        switch (op) {
          case READ -> AccessPolicy.allows(g, Capability.READ);
          case EXPORT -> AccessPolicy.allows(g, Capability.EXPORT);
          case EDIT_IDENTITY -> clinician && AccessPolicy.allows(g, Capability.EDIT_IDENTITY);
          case VOID_RECORD -> clinician && AccessPolicy.allows(g, Capability.VOID_RECORD);
          case ADD_SELF_TO_CARE_TEAM ->
              clinician && AccessPolicy.allows(g, Capability.MANAGE_CARE_TEAM);
          case ADD_OTHER_TO_CARE_TEAM ->
              clinician
                  && other.role() == Role.CLINICIAN
                  && !m.disabled.contains(other.username())
                  && AccessPolicy.allows(g, Capability.MANAGE_CARE_TEAM);
          case SHARE ->
              (clinician || a.role() == Role.PATIENT)
                  && other.role() == Role.CLINICIAN
                  && !m.disabled.contains(other.username())
                  && AccessPolicy.allows(g, Capability.SHARE);
          // Withdrawing names anyone: ending a share that never was is harmless.
          case WITHDRAW ->
              (clinician || a.role() == Role.PATIENT) && AccessPolicy.allows(g, Capability.SHARE);
          case BREAK_GLASS -> clinician && !m.voided;
          case EXPIRE_BREAK_GLASS -> true;
          case WRITE_DIARY ->
              (clinician || a.role() == Role.PATIENT)
                  && AccessPolicy.allows(
                      g,
                      List.of(
                          Capability.WRITE_PATIENT_ENTRY,
                          Capability.WRITE_CLINICAL,
                          Capability.COMMENT));
          case ADD_MEDICATION -> clinician && AccessPolicy.allows(g, Capability.WRITE_CLINICAL);
          // The entries were written by a clinician: a patient never changes them.
          case VOID_CLINICIAN_ASSESSMENT, REVISE_CLINICIAN_ASSESSMENT ->
              clinician && !m.assessmentVoided && AccessPolicy.allows(g, Capability.AMEND_ENTRY);
          case VOID_CLINICIAN_PERIOD ->
              clinician && !m.periodVoided && AccessPolicy.allows(g, Capability.AMEND_ENTRY);
          case DISABLE -> true; // by an administrator; the actor is the account disabled
          // An administrator never links a patient account to a record.
          case ADMIN_LINKS_PATIENT_ACCOUNT -> false;
        };
    return new Expect(allowed, g);
  }

  private void apply(Op op, Actor a, Actor other, Model m) {
    switch (op) {
      case VOID_RECORD -> m.voided = true;
      case ADD_SELF_TO_CARE_TEAM -> m.tie(a.username(), "CARE", true);
      case ADD_OTHER_TO_CARE_TEAM -> m.tie(other.username(), "CARE", true);
      case SHARE -> m.tie(other.username(), "SHARED", true);
      case WITHDRAW -> m.tie(other.username(), "SHARED", false);
      case BREAK_GLASS -> m.tie(a.username(), "BREAK_GLASS", true);
      case EXPIRE_BREAK_GLASS -> m.ties.values().forEach(t -> t.remove("BREAK_GLASS"));
      case DISABLE -> m.disabled.add(a.username());
      case VOID_CLINICIAN_ASSESSMENT -> m.assessmentVoided = true;
      case VOID_CLINICIAN_PERIOD -> m.periodVoided = true;
      default -> {}
    }
  }

  /** Runs one operation as {@code a}; true when it succeeded. */
  private boolean run(
      Op op, Actor a, Actor other, UUID p, UUID assessment, UUID period, List<String> trace) {
    String authority = "ROLE_" + a.role().name();
    Supplier<Object> work =
        switch (op) {
          case READ -> () -> patients.get(p);
          case EXPORT -> () -> fhir.export(p, IdentityMode.IDENTITY);
          case EDIT_IDENTITY ->
              () ->
                  patients.update(
                      p,
                      new NewPatient(
                          "Changed",
                          Fixtures.unique("Policy"),
                          LocalDate.of(1980, 5, 5),
                          "female",
                          null));
          case VOID_RECORD -> () -> run(() -> patients.voidPatient(p, "registered in error"));
          case ADD_SELF_TO_CARE_TEAM -> () -> run(() -> careTeam.addMember(p, a.username()));
          case ADD_OTHER_TO_CARE_TEAM -> () -> run(() -> careTeam.addMember(p, other.username()));
          case SHARE ->
              () -> consents.record(p, new ConsentRequest(Purpose.SHARING, true, other.username()));
          case WITHDRAW ->
              () ->
                  consents.record(p, new ConsentRequest(Purpose.SHARING, false, other.username()));
          case BREAK_GLASS -> () -> careTeam.breakGlass(p.toString(), "unconscious in the ED");
          case EXPIRE_BREAK_GLASS -> null;
          case WRITE_DIARY -> () -> assessments.record(p, poem("diary"));
          case ADD_MEDICATION ->
              () ->
                  treatments.addMedication(
                      p, new NewMedication("methotrexate", null, null, 7.0, null, null));
          case VOID_CLINICIAN_ASSESSMENT ->
              () -> run(() -> assessments.voidAssessment(p, assessment, "entered in error"));
          case REVISE_CLINICIAN_ASSESSMENT -> () -> assessments.revise(p, assessment, poem("0"));
          case VOID_CLINICIAN_PERIOD ->
              () -> run(() -> periods.voidPeriod(p, period, "entered in error"));
          case DISABLE -> null;
          case ADMIN_LINKS_PATIENT_ACCOUNT -> null;
        };
    if (op == Op.EXPIRE_BREAK_GLASS) {
      jdbc.sql(
              "update care_relationship set expires_at = now() - interval '1 second'"
                  + " where patient_id = :p and kind = 'BREAK_GLASS' and expires_at > now()")
          .param("p", p)
          .update();
      return true;
    }
    if (op == Op.DISABLE) {
      Fixtures.as(
          "policy-admin",
          "ROLE_ADMIN",
          () -> {
            accounts.setEnabled(a.username(), false);
            return null;
          });
      return true;
    }
    if (op == Op.ADMIN_LINKS_PATIENT_ACCOUNT) {
      // The administrator creates a patient account naming the record, then signs in with it.
      String username = Fixtures.unique("linked");
      try {
        Fixtures.as(
            "policy-admin",
            "ROLE_ADMIN",
            () ->
                accounts.create(
                    new NewAccount(username, username, Fixtures.PASSWORD, Role.PATIENT, null, p)));
      } catch (RuntimeException refused) {
        return false;
      }
      return attempt(username, "ROLE_PATIENT", () -> fhir.export(p, IdentityMode.IDENTITY));
    }
    return attempt(a.username(), authority, work);
  }

  private static Object run(Runnable r) {
    r.run();
    return Boolean.TRUE;
  }

  private static boolean attempt(String username, String authority, Supplier<Object> work) {
    try {
      Fixtures.as(username, authority, work);
      return true;
    } catch (RuntimeException refused) {
      return false;
    }
  }

  private void accountsEnable(String username) {
    Fixtures.as(
        "policy-admin",
        "ROLE_ADMIN",
        () -> {
          accounts.setEnabled(username, true);
          return null;
        });
  }

  private static NewAssessment poem(String note) {
    return new NewAssessment(
        "poem",
        Instant.now().minusSeconds(60),
        JsonMapper.builder().build().readTree("{\"answers\":[1,1,2,0,0,1,1]}"),
        note);
  }
}
