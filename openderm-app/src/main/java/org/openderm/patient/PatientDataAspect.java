package org.openderm.patient;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.UUID;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.reflect.MethodSignature;
import org.openderm.audit.AuditEntry;
import org.openderm.audit.AuditTrail;
import org.openderm.security.CurrentUser;
import org.openderm.system.OpenDermException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The hook behind {@link PatientData}: access check, then one audit row per outermost call.
 *
 * <p>Ordered inside the transaction interceptor (see {@code TransactionOrdering}), so a success row
 * commits with the method's work.
 */
@Aspect
@Component
@Order(300)
class PatientDataAspect {

  private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);
  private final PatientAccessPolicy policy;
  private final AuditTrail audit;

  PatientDataAspect(PatientAccessPolicy policy, AuditTrail audit) {
    this.policy = policy;
    this.audit = audit;
  }

  @Around("@annotation(data)")
  Object around(ProceedingJoinPoint pjp, PatientData data) throws Throwable {
    if (DEPTH.get() > 0) {
      return pjp.proceed();
    }
    DEPTH.set(1);
    try {
      return audited(pjp, data);
    } finally {
      DEPTH.remove();
    }
  }

  private Object audited(ProceedingJoinPoint pjp, PatientData data) throws Throwable {
    UUID patientId = patientArgument(pjp);
    AccessGrant grant = patientId == null ? AccessGrant.CARE : policy.grant(patientId);
    if (grant == AccessGrant.NONE) {
      audit.recordIndependently(entry(data, patientId, "DENIED", "CARE", null));
      throw new NoSuchPatientException();
    }
    Object result;
    try {
      result = pjp.proceed();
    } catch (OpenDermException | org.springframework.security.access.AccessDeniedException e) {
      audit.recordIndependently(
          entry(
              data,
              patientId,
              e instanceof OpenDermException ode && ode.status() < 500 ? "REJECTED" : "DENIED",
              grant.name(),
              codeOf(e)));
      throw e;
    } catch (RuntimeException e) {
      audit.recordIndependently(entry(data, patientId, "FAILED", grant.name(), null));
      throw e;
    }
    UUID subject =
        patientId != null
            ? patientId
            : result instanceof PatientScoped scoped ? scoped.patientId() : null;
    audit.record(entry(data, subject, "SUCCESS", grant.name(), null));
    return result;
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
