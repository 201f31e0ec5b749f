package org.openderm.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openderm.security.Role;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One audit row per patient read or write; any edited or deleted row breaks verification there. */
class AuditTrailTest extends IntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail trail;
  private String clinician;
  private String admin;
  private UUID patient;

  @BeforeEach
  void seed() {
    clinician = fixtures.clinician(Specialty.DERMATOLOGIST);
    admin = fixtures.account(Role.ADMIN);
    patient = fixtures.patient(clinician, Fixtures.unique("Audit"));
  }

  private long rowsFor(UUID p) {
    return jdbc.sql("select count(*) from audit_event where patient_id = :p")
        .param("p", p)
        .query(Long.class)
        .single();
  }

  @Test
  void eachPatientReadOrWriteCreatesExactlyOneRecord() {
    Api api = api(clinician);
    long before = rowsFor(patient);
    assertThat(api.get("/api/v1/patients/" + patient).status()).isEqualTo(200);
    assertThat(rowsFor(patient)).isEqualTo(before + 1);
    assertThat(
            api.post(
                    "/api/v1/patients/" + patient + "/consents",
                    Map.of("purpose", "CARE", "granted", true))
                .status())
        .isEqualTo(201);
    assertThat(rowsFor(patient)).isEqualTo(before + 2);
    assertThat(api.get("/api/v1/patients/" + patient + "/consents").status()).isEqualTo(200);
    assertThat(rowsFor(patient)).isEqualTo(before + 3);
    AuditRecord last = trail.search(new AuditFilter(patient, null, null, null, null, 1)).get(0);
    assertThat(last.actor()).isEqualTo(clinician);
    assertThat(last.role()).isEqualTo("CLINICIAN/DERMATOLOGIST");
    assertThat(last.action()).isEqualTo(Action.R);
    assertThat(last.resource()).isEqualTo("consent");
    assertThat(last.outcome()).isEqualTo("SUCCESS");
    assertThat(last.purpose()).isEqualTo("CARE");
    assertThat(last.clientAddress()).isEqualTo("127.0.0.1");
  }

  @Test
  void refusedAccessIsAuditedAsDenied() {
    String stranger = fixtures.clinician(Specialty.GP);
    long before = rowsFor(patient);
    assertThat(api(stranger).get("/api/v1/patients/" + patient).status()).isEqualTo(404);
    assertThat(rowsFor(patient)).isEqualTo(before + 1);
    AuditRecord last = trail.search(new AuditFilter(patient, stranger, null, null, null, 1)).get(0);
    assertThat(last.outcome()).isEqualTo("DENIED");
  }

  @Test
  void editingAnyRowMakesVerifyFailAtThatRow() {
    api(clinician).get("/api/v1/patients/" + patient);
    assertThat(trail.verify().valid()).isTrue();
    long seq = trail.search(new AuditFilter(patient, null, null, null, null, 1)).get(0).seq();
    String original =
        jdbc.sql("select actor from audit_event where seq = :s")
            .param("s", seq)
            .query(String.class)
            .single();
    jdbc.sql("update audit_event set actor = 'mallory' where seq = :s").param("s", seq).update();
    try {
      AuditVerification v = trail.verify();
      assertThat(v.valid()).isFalse();
      assertThat(v.firstInvalid()).isEqualTo(seq);
      var json = api(admin).get("/api/v1/audit/verify").json();
      assertThat(json.path("valid").asBoolean()).isFalse();
      assertThat(json.path("firstInvalid").asLong()).isEqualTo(seq);
    } finally {
      jdbc.sql("update audit_event set actor = :a where seq = :s")
          .param("a", original)
          .param("s", seq)
          .update();
    }
    assertThat(trail.verify().valid()).isTrue();
  }

  @Test
  void deletingAnyRowMakesVerifyFailAtThatRow() {
    api(clinician).get("/api/v1/patients/" + patient);
    api(clinician).get("/api/v1/patients/" + patient + "/consents");
    long seq = trail.search(new AuditFilter(patient, null, null, null, null, 2)).get(1).seq();
    deleteThenRestore(
        seq,
        () -> {
          AuditVerification v = trail.verify();
          assertThat(v.valid()).isFalse();
          assertThat(v.firstInvalid()).isEqualTo(seq);
        });
    assertThat(trail.verify().valid()).isTrue();
  }

  @Test
  void deletingTheNewestRowIsDetectedThroughTheHead() {
    api(clinician).get("/api/v1/patients/" + patient);
    AuditRecord newest = trail.search(new AuditFilter(null, null, null, null, null, 1)).get(0);
    deleteThenRestore(
        newest.seq(),
        () -> {
          AuditVerification v = trail.verify();
          assertThat(v.valid()).isFalse();
          assertThat(v.firstInvalid()).isEqualTo(newest.seq());
        });
    assertThat(trail.verify().valid()).isTrue();
  }

  /** Deletes row {@code seq} as an attacker with SQL access would, checks, then puts it back. */
  private void deleteThenRestore(long seq, Runnable check) {
    jdbc.sql("create table if not exists audit_event_copy (like audit_event)").update();
    jdbc.sql("delete from audit_event_copy").update();
    jdbc.sql("insert into audit_event_copy select * from audit_event where seq = :s")
        .param("s", seq)
        .update();
    jdbc.sql("delete from audit_event where seq = :s").param("s", seq).update();
    try {
      check.run();
    } finally {
      jdbc.sql("insert into audit_event select * from audit_event_copy").update();
      jdbc.sql("drop table audit_event_copy").update();
    }
  }
}
