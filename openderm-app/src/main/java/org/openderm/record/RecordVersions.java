package org.openderm.record;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.openderm.security.CurrentUser;
import org.openderm.system.InvalidInputException;
import org.openderm.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Changes to stored record items: before a row changes its current content is kept in {@code
 * clinical_record_revision} (as JSON) and its version goes up by one, so every earlier version can
 * be read back; voiding keeps the row with who, when and why.
 */
@Component
class RecordVersions {

  /** The record lists, by the name used in URLs, and their table. */
  enum Kind {
    PROBLEMS("problem"),
    MEDICATIONS("medication"),
    LABS("lab_result"),
    IMMUNIZATIONS("immunization"),
    ALLERGIES("allergy"),
    PREGNANCY("pregnancy_status"),
    PHOTOTYPE("phototype");

    final String table;

    Kind(String table) {
      this.table = table;
    }
  }

  private final JdbcClient jdbc;

  RecordVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Keeps the current version of an item; fails with 404 when it is not this patient's. */
  void keep(Kind kind, UUID patientId, UUID itemId, boolean mayBeVoided) {
    int n =
        jdbc.sql(
                "insert into clinical_record_revision (item_table, item_id, patient_id, version,"
                    + " content, saved_by) select :t, id, patient_id, version, to_jsonb(x), :by from "
                    + kind.table
                    + " x where id = :id and patient_id = :p"
                    + (mayBeVoided ? "" : " and voided_at is null"))
            .param("t", kind.table)
            .param("by", CurrentUser.username())
            .param("id", itemId)
            .param("p", patientId)
            .update();
    if (n == 0) {
      throw new NotFoundException(
          "DERM-1101",
          "No such "
              + kind.name().toLowerCase(Locale.ROOT)
              + " item (not voided) for this patient");
    }
  }

  void voidItem(Kind kind, UUID patientId, UUID itemId, String reason) {
    keep(kind, patientId, itemId, false);
    jdbc.sql(
            "update "
                + kind.table
                + " set voided_at = now(), voided_by = :by, void_reason = :r,"
                + " version = version + 1 where id = :id")
        .param("by", CurrentUser.username())
        .param("r", reason.strip())
        .param("id", itemId)
        .update();
  }

  void stopMedication(UUID patientId, UUID id, LocalDate end) {
    keep(Kind.MEDICATIONS, patientId, id, false);
    jdbc.sql(
            "update medication set status = 'STOPPED', end_date = :end, version = version + 1"
                + " where id = :id")
        .param("end", Date.valueOf(end))
        .param("id", id)
        .update();
  }

  void resolveProblem(UUID patientId, UUID id, LocalDate resolvedOn) {
    keep(Kind.PROBLEMS, patientId, id, false);
    jdbc.sql(
            "update problem set active = false, resolved_on = :d, version = version + 1"
                + " where id = :id")
        .param("d", resolvedOn == null ? null : Date.valueOf(resolvedOn))
        .param("id", id)
        .update();
  }

  /** Earlier versions of an item, oldest first, as stored (column name to value). */
  List<Map<String, Object>> history(Kind kind, UUID patientId, UUID itemId) {
    return jdbc.sql(
            "select version, content::text as content, saved_at, saved_by from"
                + " clinical_record_revision where item_table = :t and item_id = :id and"
                + " patient_id = :p order by version, id")
        .param("t", kind.table)
        .param("id", itemId)
        .param("p", patientId)
        .query()
        .listOfRows();
  }

  static Kind kind(String list) {
    String k = list == null ? "" : list.toUpperCase(Locale.ROOT).replace('-', '_');
    if (k.equals("PREGNANCY_STATUS")) {
      return Kind.PREGNANCY;
    }
    if (k.equals("CONDITIONS")) {
      return Kind.PROBLEMS;
    }
    try {
      return Kind.valueOf(k);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "list",
          "must be problems, medications, labs, immunizations, allergies,"
              + " pregnancy-status or phototype");
    }
  }

  /** The item with this id among the patient's current items, else 404 (DERM-1101). */
  static <T> T find(List<T> items, UUID id, Function<T, UUID> key) {
    return items.stream()
        .filter(x -> key.apply(x).equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new NotFoundException(
                    "DERM-1101", "No such record item (not voided) for this patient"));
  }
}
