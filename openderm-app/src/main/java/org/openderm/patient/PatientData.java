package org.openderm.patient;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.openderm.audit.Action;

/**
 * Marks a service method that reads or changes one patient's data: the caller's access is checked
 * (care relationship, own record or break-glass) and exactly one audit row is written, in the
 * method's transaction on success, in a transaction of its own when refused or failed.
 *
 * <p>The patient is the parameter annotated {@link PatientId}, or, for a creation, the {@link
 * PatientScoped} value returned. The method must be {@code @Transactional} and not read-only (the
 * audit row is written in it). Nested calls are checked too (against the {@link AccessPolicy}
 * table) and audited once by the outermost, unless they name another patient: then they get a row
 * of their own.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PatientData {

  /** What the method does. */
  Action action();

  /** What it touches, e.g. {@code patient}, {@code consent}, {@code assessment}. */
  String resource();

  /**
   * What the method needs, any one of them (docs/SECURITY.md). Empty: derived from the action (R:
   * READ, C and U: WRITE_CLINICAL, D: AMEND_ENTRY, E: EXPORT).
   */
  Capability[] capability() default {};
}
