package org.openderm.patient;

import java.util.UUID;

/** A value that belongs to one patient; lets the audit hook find whose data was created. */
public interface PatientScoped {
  UUID patientId();
}
