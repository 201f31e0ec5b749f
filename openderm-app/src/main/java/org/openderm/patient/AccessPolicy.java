package org.openderm.patient;

import static org.openderm.patient.Capability.AI;
import static org.openderm.patient.Capability.AMEND_ENTRY;
import static org.openderm.patient.Capability.COMMENT;
import static org.openderm.patient.Capability.EDIT_IDENTITY;
import static org.openderm.patient.Capability.EXPORT;
import static org.openderm.patient.Capability.MANAGE_CARE_TEAM;
import static org.openderm.patient.Capability.READ;
import static org.openderm.patient.Capability.SHARE;
import static org.openderm.patient.Capability.VOID_RECORD;
import static org.openderm.patient.Capability.WRITE_CLINICAL;
import static org.openderm.patient.Capability.WRITE_PATIENT_ENTRY;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.openderm.security.CurrentUser;
import org.openderm.security.Role;

/**
 * Who may do what to a patient's record: the table of docs/SECURITY.md, as code. The relationship
 * ({@link AccessGrant}, found by {@link PatientAccessPolicy}) decides; the role only through the
 * relationship it can have (a patient: her own record; a clinician: care, shared, break-glass;
 * admin and learner: none). {@link PatientDataAspect} asks it for every {@link PatientData} call,
 * nested ones included.
 */
public final class AccessPolicy {

  /**
   * The table. A share is a view with comments, nothing more; break-glass reads and treats in an
   * emergency but can never turn itself into lasting access; a patient writes her own entries,
   * never a clinician's.
   */
  static final Map<AccessGrant, Set<Capability>> TABLE =
      Map.of(
          AccessGrant.OWN_RECORD,
          EnumSet.of(READ, WRITE_PATIENT_ENTRY, AMEND_ENTRY, SHARE, EXPORT),
          AccessGrant.CARE,
          EnumSet.of(
              READ,
              WRITE_CLINICAL,
              COMMENT,
              AMEND_ENTRY,
              VOID_RECORD,
              SHARE,
              EXPORT,
              MANAGE_CARE_TEAM,
              EDIT_IDENTITY,
              AI),
          AccessGrant.SHARED,
          EnumSet.of(READ, COMMENT),
          AccessGrant.BREAK_GLASS,
          EnumSet.of(READ, WRITE_CLINICAL, COMMENT),
          AccessGrant.NONE,
          EnumSet.noneOf(Capability.class));

  private AccessPolicy() {}

  /** Whether {@code grant} allows one of {@code needed} (an empty list means READ). */
  public static boolean allows(AccessGrant grant, Collection<Capability> needed) {
    Set<Capability> allowed = TABLE.get(grant);
    if (needed.isEmpty()) {
      return allowed.contains(READ);
    }
    return needed.stream().anyMatch(allowed::contains);
  }

  /** Whether {@code grant} allows {@code capability}. */
  public static boolean allows(AccessGrant grant, Capability capability) {
    return TABLE.get(grant).contains(capability);
  }

  /** Who may register a new record (a method whose patient is the one it returns). */
  public static boolean mayCreateRecord(Role role) {
    return role == Role.CLINICIAN;
  }

  /**
   * Whether the current user may correct or void an entry written by {@code author}: a patient only
   * her own entries (never a clinician's assessment or treatment period); a clinician whose grant
   * allows {@link Capability#AMEND_ENTRY} any.
   */
  public static boolean mayAmend(String author) {
    return !CurrentUser.hasRole(Role.PATIENT) || CurrentUser.username().equals(author);
  }

  /** The number of (relationship, capability) cells the table decides, for the docs. */
  static int rows() {
    return TABLE.size() * Capability.values().length;
  }
}
