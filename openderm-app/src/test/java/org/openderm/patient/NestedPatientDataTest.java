package org.openderm.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openderm.audit.Action;
import org.openderm.security.Specialty;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * A {@code @PatientData} method that calls another for a second patient: the inner call is checked
 * against the caller's own access, and audited for that patient.
 */
@Import(NestedPatientDataTest.Config.class)
class NestedPatientDataTest extends IntegrationTest {

  @Autowired NestedReader nested;
  @Autowired JdbcClient jdbc;

  @TestConfiguration
  static class Config {
    @Bean
    NestedReader nestedReader(PatientService patients) {
      return new NestedReader(patients);
    }
  }

  /** Reads one patient's record and, inside, another's. */
  public static class NestedReader {
    private final PatientService patients;

    NestedReader(PatientService patients) {
      this.patients = patients;
    }

    @PatientData(action = Action.R, resource = "nested-test", capability = Capability.READ)
    @Transactional
    public Patient readOther(@PatientId UUID mine, UUID other) {
      return patients.get(other);
    }
  }

  private long rows(UUID patient, String outcome) {
    return jdbc.sql("select count(*) from audit_event where patient_id = :p and outcome = :o")
        .param("p", patient)
        .param("o", outcome)
        .query(Long.class)
        .single();
  }

  @Test
  void aNestedCallForAnotherPatientIsCheckedAndAudited() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    String other = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID mine = fixtures.patient(derm, Fixtures.unique("Mine"));
    UUID theirs = fixtures.patient(other, Fixtures.unique("Theirs"));
    long before = rows(theirs, "DENIED");
    // Before: the inner call returned the other clinician's patient, unchecked and unaudited.
    assertThatThrownBy(
            () -> Fixtures.as(derm, "ROLE_CLINICIAN", () -> nested.readOther(mine, theirs)))
        .isInstanceOf(NoSuchPatientException.class);
    assertThat(rows(theirs, "DENIED")).isEqualTo(before + 1);

    UUID alsoMine = fixtures.patient(derm, Fixtures.unique("AlsoMine"));
    long success = rows(alsoMine, "SUCCESS");
    Patient read = Fixtures.as(derm, "ROLE_CLINICIAN", () -> nested.readOther(mine, alsoMine));
    assertThat(read.id()).isEqualTo(alsoMine);
    assertThat(rows(alsoMine, "SUCCESS")).isEqualTo(success + 1);
  }
}
