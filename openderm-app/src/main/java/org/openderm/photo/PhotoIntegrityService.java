package org.openderm.photo;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** On-demand photo integrity check, for administrators. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class PhotoIntegrityService {

  private final PhotoIntegrity integrity;

  PhotoIntegrityService(PhotoIntegrity integrity) {
    this.integrity = integrity;
  }

  /** Re-verifies every stored photo file now. */
  public PhotoIntegrityReport verify() {
    return integrity.verifyAll();
  }
}
