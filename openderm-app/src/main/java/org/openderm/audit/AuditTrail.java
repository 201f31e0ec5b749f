package org.openderm.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.openderm.privacy.KeyRing;
import org.openderm.privacy.Pseudonymizer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tamper-evident audit trail: appends chained rows and verifies the chain.
 *
 * <p>{@link #record} joins the caller's transaction, so an access and its audit row commit or roll
 * back together. {@link #recordIndependently} commits on its own, for refused or failed attempts
 * whose own transaction rolls back. Appends are serialised by a row lock on the chain's head: the
 * chain is a total order.
 */
@Service
public class AuditTrail {

  /** Request attribute set once a refusal has its audit row (so that it gets only one). */
  public static final String REFUSAL_RECORDED = "org.openderm.audit.refusal-recorded";

  private final JdbcClient jdbc;
  private final AuditChain chain;
  private final TransactionTemplate independent;
  private final AuditAnchor anchor;

  private final Pseudonymizer pseudonyms;

  AuditTrail(
      JdbcClient jdbc,
      KeyRing keys,
      PlatformTransactionManager txManager,
      AuditAnchor anchor,
      Pseudonymizer pseudonyms) {
    this.jdbc = jdbc;
    this.anchor = anchor;
    this.pseudonyms = pseudonyms;
    this.chain = new AuditChain(keys);
    this.independent = new TransactionTemplate(txManager);
    this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Appends {@code entry} in the current transaction (or its own, if there is none). */
  @Transactional
  public AuditRecord record(AuditEntry entry) {
    jdbc.sql("select pg_advisory_xact_lock(727274)").query().singleValue();
    Head head =
        jdbc.sql("select seq, hash from audit_head where id = 1")
            .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
            .optional()
            .orElse(new Head(0, AuditChain.GENESIS));
    AuditRecord unsigned =
        new AuditRecord(
            head.seq() + 1,
            Instant.now().truncatedTo(ChronoUnit.MICROS),
            entry.actor(),
            entry.role(),
            entry.action(),
            entry.resource(),
            entry.patientId(),
            entry.outcome(),
            entry.purpose(),
            entry.clientAddress(),
            entry.detail(),
            head.hash(),
            null);
    AuditRecord row = withHash(unsigned, chain.hash(unsigned));
    insert(row);
    jdbc.sql(
            """
        insert into audit_head (id, seq, hash, mac) values (1, :seq, :hash, :mac)
        on conflict (id) do update set seq = :seq, hash = :hash, mac = :mac""")
        .param("seq", row.seq())
        .param("hash", row.hash())
        .param("mac", chain.headMac(row.seq(), row.hash()))
        .update();
    anchor.advanceAfterCommit(row.seq(), row.hash());
    return row;
  }

  /** Appends {@code entry} in a transaction of its own, kept even if the caller's rolls back. */
  public AuditRecord recordIndependently(AuditEntry entry) {
    return independent.execute(status -> record(entry));
  }

  /** The rows matching {@code filter}, newest first. */
  @Transactional(readOnly = true)
  public List<AuditRecord> search(AuditFilter filter) {
    return search(filter, null);
  }

  /** One page of the rows matching {@code filter}, newest first, older than {@code beforeSeq}. */
  @Transactional(readOnly = true)
  public List<AuditRecord> search(AuditFilter filter, Long beforeSeq) {
    return jdbc.sql(
            """
        select * from audit_event
         where (cast(:patient as uuid) is null or patient_id = cast(:patient as uuid))
           and (cast(:actor as varchar) is null or actor = cast(:actor as varchar))
           and (cast(:action as varchar) is null or action = cast(:action as varchar))
           and (cast(:fromTs as timestamptz) is null or occurred_at >= cast(:fromTs as timestamptz))
           and (cast(:toTs as timestamptz) is null or occurred_at < cast(:toTs as timestamptz))
           and (cast(:before as bigint) is null or seq < cast(:before as bigint))
         order by seq desc limit :limit""")
        .param("before", beforeSeq)
        .param("patient", filter.patientId() == null ? null : filter.patientId().toString())
        .param("actor", blankToNull(filter.actor()))
        .param("action", filter.action() == null ? null : filter.action().name())
        .param("fromTs", filter.from() == null ? null : Timestamp.from(filter.from()))
        .param("toTs", filter.to() == null ? null : Timestamp.from(filter.to()))
        .param("limit", filter.limit())
        .query(AuditTrail::map)
        .list();
  }

  /** The rows as an administrator sees them: patients pseudonymised. */
  public List<AuditRow> forAdministrator(List<AuditRecord> rows) {
    return rows.stream()
        .map(
            r ->
                new AuditRow(
                    r.seq(),
                    r.occurredAt(),
                    r.actor(),
                    r.role(),
                    r.action(),
                    r.resource(),
                    r.patientId() == null ? null : pseudonym(r.patientId()),
                    r.outcome(),
                    r.purpose(),
                    r.clientAddress(),
                    r.detail(),
                    r.hash()))
        .toList();
  }

  /** The patient behind an audit pseudonym, among the patients the trail names. */
  @Transactional(readOnly = true)
  public java.util.Optional<UUID> patientOf(String pseudonym) {
    String p = pseudonym == null ? "" : pseudonym.strip().toLowerCase(java.util.Locale.ROOT);
    if (p.isEmpty()) {
      return java.util.Optional.empty();
    }
    return jdbc
        .sql("select distinct patient_id from audit_event where patient_id is not null")
        .query(UUID.class)
        .list()
        .stream()
        .filter(id -> pseudonym(id).equals(p))
        .findFirst();
  }

  private String pseudonym(UUID patientId) {
    return pseudonyms.pseudonym("audit", patientId).substring(0, 16);
  }

  /** Checks every row of the chain and its head; reports the first break. */
  @Transactional(readOnly = true)
  public AuditVerification verify() {
    AuditChainVerifier verifier = new AuditChainVerifier(chain);
    jdbc
        .sql("select * from audit_event order by seq")
        .withFetchSize(500)
        .query(AuditTrail::map)
        .stream()
        .forEach(verifier::accept);
    Head head =
        jdbc.sql("select seq, hash, mac from audit_head where id = 1")
            .query(
                (rs, n) ->
                    chain.headMac(rs.getLong(1), rs.getString(2)).equals(rs.getString(3))
                        ? new Head(rs.getLong(1), rs.getString(2))
                        : new Head(-1, "bad mac"))
            .optional()
            .orElse(null);
    return againstAnchor(verifier.finish(head));
  }

  /**
   * The database's own checks cannot see the newest rows deleted with an earlier head written back:
   * the anchor kept with the key can.
   */
  private AuditVerification againstAnchor(AuditVerification v) {
    if (!v.valid()) {
      return v;
    }
    var kept = anchor.read().orElse(null);
    if (kept == null) {
      return v;
    }
    if (kept.seq() < 0) {
      return new AuditVerification(
          false, v.entries(), 0L, "the anchor kept with the key was altered");
    }
    if (kept.seq() > v.entries()) {
      return new AuditVerification(
          false,
          v.entries(),
          v.entries() + 1,
          "rows after "
              + v.entries()
              + " were removed: the anchor kept with the key saw entry "
              + kept.seq());
    }
    String hash =
        jdbc.sql("select hash from audit_event where seq = :s")
            .param("s", kept.seq())
            .query(String.class)
            .optional()
            .orElse("");
    if (!hash.equals(kept.hash())) {
      return new AuditVerification(
          false, v.entries(), kept.seq(), "entry " + kept.seq() + " differs from the anchor");
    }
    return v;
  }

  private void insert(AuditRecord r) {
    jdbc.sql(
            """
        insert into audit_event (seq, occurred_at, actor, role, action, resource, patient_id,
          outcome, purpose, client_address, detail, prev_hash, hash)
        values (:seq, :at, :actor, :role, :action, :resource, :patient, :outcome, :purpose,
          :client, :detail, :prev, :hash)""")
        .param("seq", r.seq())
        .param("at", Timestamp.from(r.occurredAt()))
        .param("actor", r.actor())
        .param("role", r.role())
        .param("action", r.action().name())
        .param("resource", r.resource())
        .param("patient", r.patientId())
        .param("outcome", r.outcome())
        .param("purpose", r.purpose())
        .param("client", r.clientAddress())
        .param("detail", r.detail())
        .param("prev", r.prevHash())
        .param("hash", r.hash())
        .update();
  }

  static AuditRecord map(ResultSet rs, int rowNum) throws SQLException {
    return new AuditRecord(
        rs.getLong("seq"),
        rs.getTimestamp("occurred_at").toInstant(),
        rs.getString("actor"),
        rs.getString("role"),
        Action.valueOf(rs.getString("action")),
        rs.getString("resource"),
        rs.getObject("patient_id", UUID.class),
        rs.getString("outcome"),
        rs.getString("purpose"),
        rs.getString("client_address"),
        rs.getString("detail"),
        rs.getString("prev_hash"),
        rs.getString("hash"));
  }

  private static AuditRecord withHash(AuditRecord r, String hash) {
    return new AuditRecord(
        r.seq(),
        r.occurredAt(),
        r.actor(),
        r.role(),
        r.action(),
        r.resource(),
        r.patientId(),
        r.outcome(),
        r.purpose(),
        r.clientAddress(),
        r.detail(),
        r.prevHash(),
        hash);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  record Head(long seq, String hash) {}
}
