package org.openderm.patient;

import org.openderm.system.NotFoundException;

/**
 * The patient does not exist, or the caller has no access to them: the two look the same from
 * outside (404, DERM-0101), so nobody learns whether another patient's record exists.
 */
public class NoSuchPatientException extends NotFoundException {

  public NoSuchPatientException() {
    super("DERM-0101", "No such patient, or no access to this patient.");
  }
}
