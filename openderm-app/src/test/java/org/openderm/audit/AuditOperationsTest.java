package org.openderm.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openderm.security.Role;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.openderm.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One row per operation a person performed (a list view is one row, refusals included), a chain
 * whose newest rows cannot be cut off with an earlier head written back, and an administrator's
 * view without patient ids.
 */
class AuditOperationsTest extends IntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail trail;
  @Autowired org.openderm.consent.ConsentService consents;

  private long rowsBy(String actor) {
    return jdbc.sql("select count(*) from audit_event where actor = :a")
        .param("a", actor)
        .query(Long.class)
        .single();
  }

  @Test
  void aListViewIsOneRow() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    for (int i = 0; i < 4; i++) {
      fixtures.patient(derm, Fixtures.unique("List"));
    }
    long before = rowsBy(derm);
    assertThat(api(derm).get("/api/v1/patients").json().size()).isEqualTo(4);
    // Before: one row per patient listed (4 here, 35 on the demo home page).
    assertThat(rowsBy(derm) - before).isEqualTo(1);
    WebSession web = new WebSession(port, derm); // signing in lands on the home page
    before = rowsBy(derm);
    assertThat(web.get("/").statusCode()).isEqualTo(200);
    assertThat(rowsBy(derm) - before).isEqualTo(1);
  }

  @Test
  void theSharedDiariesListIsOneRow() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    String gp = fixtures.clinician(Specialty.GP);
    for (int i = 0; i < 3; i++) {
      UUID p = fixtures.patient(derm, Fixtures.unique("Shared"));
      Fixtures.as(
          derm,
          "ROLE_CLINICIAN",
          () ->
              consents.record(
                  p,
                  new org.openderm.consent.ConsentRequest(
                      org.openderm.consent.Purpose.SHARING, true, gp)));
    }
    WebSession web = new WebSession(port, gp);
    long before = rowsBy(gp);
    var page = web.get("/eczema/shared");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Shared");
    // Before: two rows per shared patient (the patient, then the diary entries).
    assertThat(rowsBy(gp) - before).isEqualTo(1);
  }

  @Test
  void addingToTheCareTeamIsOneRow() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID p = fixtures.patient(derm, Fixtures.unique("Team"));
    String gp = fixtures.clinician(Specialty.GP);
    long before = rowsBy(derm);
    var r = api(derm).post("/api/v1/patients/" + p + "/care-team", Map.of("username", gp));
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().size()).isEqualTo(2);
    // Before: two (the add, then the list it answers with).
    assertThat(rowsBy(derm) - before).isEqualTo(1);
  }

  @Test
  void aRequestRefusedForTheRoleWritesARefusedRow() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    long before = rowsBy(derm);
    assertThat(api(derm).get("/api/v1/users").status()).isEqualTo(403);
    // Before: none.
    assertThat(rowsBy(derm) - before).isEqualTo(1);
    String outcome =
        jdbc.sql("select outcome from audit_event where actor = :a order by seq desc limit 1")
            .param("a", derm)
            .query(String.class)
            .single();
    assertThat(outcome).isEqualTo("DENIED");
  }

  @Test
  void theLimitIsBounded() {
    Api admin = api(fixtures.account(Role.ADMIN));
    for (String limit : new String[] {"100000000", "0", "-1"}) {
      var r = admin.get("/api/v1/audit?limit=" + limit);
      assertThat(r.status()).as(limit).isEqualTo(400);
      assertThat(r.code()).isEqualTo("DERM-0001");
    }
    assertThat(admin.get("/api/v1/audit?limit=1000").status()).isEqualTo(200);
  }

  @Test
  void theAdministratorSeesPseudonymsNotPatientIds() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID p = fixtures.patient(derm, Fixtures.unique("Pseudo"));
    api(derm).get("/api/v1/patients/" + p);
    Api admin = api(fixtures.account(Role.ADMIN));
    var rows = admin.get("/api/v1/audit?patientId=" + p).json();
    assertThat(rows.size()).isGreaterThanOrEqualTo(2);
    assertThat(admin.get("/api/v1/audit?limit=1000").body()).doesNotContain(p.toString());
    String pseudonym = rows.get(0).path("patient").asString();
    assertThat(pseudonym).hasSize(16);
    assertThat(admin.get("/api/v1/audit?patient=" + pseudonym).json().size())
        .isEqualTo(rows.size());
  }

  @Test
  void cuttingOffTheNewestRowsAndWritingBackAnEarlierHeadIsDetected() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID p = fixtures.patient(derm, Fixtures.unique("Cut"));
    api(derm).get("/api/v1/patients/" + p);
    Map<String, Object> head =
        jdbc.sql("select seq, hash, mac from audit_head where id = 1").query().singleRow();
    long kept = ((Number) head.get("seq")).longValue();
    api(derm).get("/api/v1/patients/" + p);
    api(derm).get("/api/v1/patients/" + p + "/consents");
    assertThat(trail.verify().valid()).isTrue();

    jdbc.sql("create table audit_event_cut as select * from audit_event where seq > :s")
        .param("s", kept)
        .update();
    Map<String, Object> newest =
        jdbc.sql("select seq, hash, mac from audit_head where id = 1").query().singleRow();
    try {
      // As an attacker with SQL access: the newest rows go, the earlier head (valid MAC) returns.
      jdbc.sql("delete from audit_event where seq > :s").param("s", kept).update();
      jdbc.sql("update audit_head set seq = :s, hash = :h, mac = :m where id = 1")
          .param("s", kept)
          .param("h", head.get("hash"))
          .param("m", head.get("mac"))
          .update();
      AuditVerification v = trail.verify();
      // Before: reported valid.
      assertThat(v.valid()).isFalse();
      assertThat(v.reason()).contains("removed");
    } finally {
      jdbc.sql("insert into audit_event select * from audit_event_cut").update();
      jdbc.sql("drop table audit_event_cut").update();
      jdbc.sql("update audit_head set seq = :s, hash = :h, mac = :m where id = 1")
          .param("s", newest.get("seq"))
          .param("h", newest.get("hash"))
          .param("m", newest.get("mac"))
          .update();
    }
    assertThat(trail.verify().valid()).isTrue();
  }

  @Test
  void anAlteredAnchorIsDetected() throws Exception {
    Path anchor =
        Path.of(System.getProperty("openderm.data-dir")).resolve("keys").resolve("audit.anchor");
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    api(derm).get("/api/v1/patients/" + fixtures.patient(derm, Fixtures.unique("Anchor")));
    String original = Files.readString(anchor);
    String[] parts = original.strip().split(" ");
    try {
      Files.writeString(anchor, "1 " + parts[1] + " " + parts[2] + "\n");
      assertThat(trail.verify().valid()).isFalse();
    } finally {
      Files.writeString(anchor, original);
    }
    assertThat(trail.verify().valid()).isTrue();
  }
}
