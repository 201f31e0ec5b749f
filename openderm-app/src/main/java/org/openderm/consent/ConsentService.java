package org.openderm.consent;

import java.util.List;
import java.util.UUID;
import org.openderm.audit.Action;
import org.openderm.patient.Capability;
import org.openderm.patient.CareTeamService;
import org.openderm.patient.PatientData;
import org.openderm.patient.PatientId;
import org.openderm.security.CurrentUser;
import org.openderm.system.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording consent decisions (versioned, withdrawable) and reading their history. A SHARING
 * decision names the clinician and opens or closes that clinician's access.
 */
@Service
@PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT')")
public class ConsentService {

  private final JdbcClient jdbc;
  private final CareTeamService careTeam;

  ConsentService(JdbcClient jdbc, CareTeamService careTeam) {
    this.jdbc = jdbc;
    this.careTeam = careTeam;
  }

  @PatientData(
      action = Action.C,
      resource = "consent",
      capability = {Capability.SHARE})
  @Transactional
  public ConsentDecision record(@PatientId UUID patientId, ConsentRequest request) {
    String grantee = request.grantee() == null ? "" : request.grantee().strip();
    if (request.purpose() == Purpose.SHARING && grantee.isEmpty()) {
      throw new InvalidInputException("grantee", "required for SHARING: the clinician's username");
    }
    if (request.purpose() != Purpose.SHARING && !grantee.isEmpty()) {
      throw new InvalidInputException("grantee", "only SHARING names a grantee");
    }
    jdbc.sql("select pg_advisory_xact_lock(hashtext(cast(:p as text)))")
        .param("p", patientId)
        .query()
        .singleValue();
    int version =
        jdbc.sql(
                """
        select coalesce(max(version), 0) + 1 from consent
         where patient_id = :p and purpose = :pu and grantee = :g""")
            .param("p", patientId)
            .param("pu", request.purpose().name())
            .param("g", grantee)
            .query(Integer.class)
            .single();
    jdbc.sql(
            """
        insert into consent (patient_id, purpose, grantee, granted, version, recorded_by)
        values (:p, :pu, :g, :gr, :v, :by)""")
        .param("p", patientId)
        .param("pu", request.purpose().name())
        .param("g", grantee)
        .param("gr", request.granted())
        .param("v", version)
        .param("by", CurrentUser.username())
        .update();
    if (request.purpose() == Purpose.SHARING) {
      careTeam.setShared(patientId, grantee, request.granted());
    }
    return history(patientId).get(0);
  }

  /** Every decision, newest first. */
  @PatientData(
      action = Action.R,
      resource = "consent",
      capability = {Capability.READ})
  @Transactional
  public List<ConsentDecision> history(@PatientId UUID patientId) {
    return jdbc.sql("select * from consent where patient_id = :p order by id desc")
        .param("p", patientId)
        .query(
            (rs, n) ->
                new ConsentDecision(
                    patientId,
                    Purpose.valueOf(rs.getString("purpose")),
                    rs.getString("grantee"),
                    rs.getBoolean("granted"),
                    rs.getInt("version"),
                    rs.getTimestamp("recorded_at").toInstant(),
                    rs.getString("recorded_by")))
        .list();
  }

  /** The decisions in force, one per (purpose, grantee). */
  @PatientData(
      action = Action.R,
      resource = "consent",
      capability = {Capability.READ})
  @Transactional
  public List<ConsentDecision> current(@PatientId UUID patientId) {
    var seen = new java.util.HashSet<String>();
    return history(patientId).stream()
        .filter(d -> seen.add(d.purpose() + "/" + d.grantee()))
        .toList();
  }
}
