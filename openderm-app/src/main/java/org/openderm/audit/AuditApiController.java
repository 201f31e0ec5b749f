package org.openderm.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/audit}: the trail and its verification, for administrators. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class AuditApiController {

  private final AuditTrail trail;

  AuditApiController(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping("/api/v1/audit")
  List<AuditRecord> search(
      @RequestParam(required = false) UUID patientId,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) Action action,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(defaultValue = "200") int limit) {
    return trail.search(new AuditFilter(patientId, actor, action, from, to, limit));
  }

  @GetMapping("/api/v1/audit/verify")
  AuditVerification verify() {
    return trail.verify();
  }
}
