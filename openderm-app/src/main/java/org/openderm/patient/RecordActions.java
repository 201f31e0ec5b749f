package org.openderm.patient;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the signed-in person may do on a record, for pages to offer only the actions the access
 * policy allows (a button that ends on "access denied" is a broken promise), e.g. {@code
 * ${@recordActions.may(patient.id, 'EXPORT')}} in a template. The services still check on use.
 */
@Component("recordActions")
public class RecordActions {

  private final PatientAccessPolicy access;

  RecordActions(PatientAccessPolicy access) {
    this.access = access;
  }

  /** Whether the current user's relationship to the patient allows {@code capability}. */
  public boolean may(UUID patientId, String capability) {
    AccessGrant grant = access.grant(patientId);
    return grant != null && AccessPolicy.allows(grant, Capability.valueOf(capability));
  }
}
