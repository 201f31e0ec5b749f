package org.openderm.patient;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.reflect.MethodSignature;
import org.openderm.audit.AuditEntry;
import org.openderm.audit.AuditTrail;
import org.openderm.security.AccountService;
import org.openderm.security.CurrentUser;
import org.openderm.system.OpenDermException;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The hook behind {@link PatientData}: the relationship ({@link PatientAccessPolicy}) and the
 * {@link AccessPolicy} table decide every call, nested ones included; one audit row per outermost
 * call, and one per nested call that names another patient.
 *
 * <p>Ordered inside the transaction interceptor (see {@code TransactionOrdering}), so a success row
 * commits with the method's work.
 */
@Aspect
@Component
@Order(300)
class PatientDataAspect {

  /** The patients of the enclosing {@link PatientData} calls on this thread, innermost first. */
  private static final ThreadLocal<Deque<UUID>> OUTER = ThreadLocal.withInitial(ArrayDeque::new);

  private static final UUID NO_PATIENT = new UUID(0, 0);
  private final PatientAccessPolicy relationships;
  private final AccountService accounts;
  private final AuditTrail audit;

  PatientDataAspect(PatientAccessPolicy relationships, AccountService accounts, AuditTrail audit) {
    this.relationships = relationships;
    this.accounts = accounts;
    this.audit = audit;
  }

  @Around("@annotation(data)")
  Object around(ProceedingJoinPoint pjp, PatientData data) throws Throwable {
    Deque<UUID> outer = OUTER.get();
    UUID patientId = patientArgument(pjp);
    // A nested call is checked like any other (the policy does not trust its caller), and gets
    // its own audit row only when it reaches a patient the enclosing calls did not name.
    boolean nested = !outer.isEmpty();
    boolean ownRow = !nested || (patientId != null && !outer.contains(patientId));
    outer.push(patientId == null ? NO_PATIENT : patientId);
    try {
      return checked(pjp, data, patientId, ownRow);
    } finally {
      outer.pop();
      if (outer.isEmpty()) {
        OUTER.remove();
      }
    }
  }

  private Object checked(ProceedingJoinPoint pjp, PatientData data, UUID patientId, boolean ownRow)
      throws Throwable {
    List<Capability> needed = capabilities(data);
    AccessGrant grant;
    if (patientId == null) {
      // A creation: the new record's patient is the value returned; only some roles register.
      var account = accounts.find(CurrentUser.username()).orElse(null);
      boolean system = "system".equals(CurrentUser.username());
      grant =
          system || (account != null && AccessPolicy.mayCreateRecord(account.role()))
              ? AccessGrant.CARE
              : AccessGrant.NONE;
    } else {
      grant = relationships.grant(patientId);
    }
    if (grant == AccessGrant.NONE) {
      audit.recordIndependently(entry(data, patientId, "DENIED", "CARE", null));
      refusalRecorded();
      throw new NoSuchPatientException();
    }
    if (!AccessPolicy.allows(grant, needed)) {
      // The record is reachable but this relationship does not carry this power (a share is not
      // care, break-glass is not membership): 403, so the caller knows the record exists to them.
      audit.recordIndependently(
          entry(data, patientId, "DENIED", grant.name(), "not allowed for " + grant.name()));
      refusalRecorded();
      throw new AccessDeniedException("not allowed for " + grant.name());
    }
    Object result;
    try {
      result = pjp.proceed();
    } catch (OpenDermException | AccessDeniedException e) {
      if (ownRow) {
        refusalRecorded();
        audit.recordIndependently(
            entry(
                data,
                patientId,
                e instanceof OpenDermException ode && ode.status() < 500 ? "REJECTED" : "DENIED",
                grant.name(),
                codeOf(e)));
      }
      throw e;
    } catch (RuntimeException e) {
      if (ownRow) {
        audit.recordIndependently(entry(data, patientId, "FAILED", grant.name(), null));
      }
      throw e;
    }
    if (ownRow) {
      UUID subject =
          patientId != null
              ? patientId
              : result instanceof PatientScoped scoped ? scoped.patientId() : null;
      audit.record(entry(data, subject, "SUCCESS", grant.name(), null));
    }
    return result;
  }

  private static void refusalRecorded() {
    var attributes = RequestContextHolder.getRequestAttributes();
    if (attributes != null) {
      attributes.setAttribute(
          AuditTrail.REFUSAL_RECORDED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
    }
  }

  static List<Capability> capabilities(PatientData data) {
    if (data.capability().length > 0) {
      return List.of(data.capability());
    }
    return List.of(
        switch (data.action()) {
          case R -> Capability.READ;
          case C, U -> Capability.WRITE_CLINICAL;
          case D -> Capability.AMEND_ENTRY;
          case E -> Capability.EXPORT;
        });
  }

  private static String codeOf(Exception e) {
    return e instanceof OpenDermException ode ? ode.code() : "access denied";
  }

  private static AuditEntry entry(
      PatientData data, UUID patientId, String outcome, String purpose, String detail) {
    return new AuditEntry(
        CurrentUser.username(),
        CurrentUser.auditRole(),
        data.action(),
        data.resource(),
        patientId,
        outcome,
        purpose,
        CurrentUser.clientAddress(),
        detail);
  }

  private static UUID patientArgument(ProceedingJoinPoint pjp) {
    Method method = ((MethodSignature) pjp.getSignature()).getMethod();
    Annotation[][] annotations = method.getParameterAnnotations();
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation a : annotations[i]) {
        if (a instanceof PatientId && pjp.getArgs()[i] instanceof UUID id) {
          return id;
        }
      }
    }
    return null;
  }
}
