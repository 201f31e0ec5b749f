package org.openderm.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openderm.system.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/audit}: the trail and its verification, for administrators. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class AuditApiController {

  /** The most rows one request returns (page with {@code to}): bounded memory and response. */
  static final int MAX_LIMIT = 1000;

  private final AuditTrail trail;

  AuditApiController(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping("/api/v1/audit")
  List<AuditRow> search(
      @RequestParam(required = false) String patient,
      @RequestParam(required = false) UUID patientId,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) Action action,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(defaultValue = "200") int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
    }
    if (patient != null && !patient.isBlank()) {
      // A pseudonym that names nobody matches nothing (not everything).
      patientId = trail.patientOf(patient).orElse(new UUID(0, 0));
    }
    return trail.forAdministrator(
        trail.search(new AuditFilter(patientId, actor, action, from, to, limit)));
  }

  @GetMapping("/api/v1/audit/verify")
  AuditVerification verify() {
    return trail.verify();
  }
}
