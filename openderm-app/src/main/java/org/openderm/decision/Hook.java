package org.openderm.decision;

import java.util.Arrays;
import java.util.Optional;

/** The moments a rule can be asked at: the CDS Hooks 2.0 hooks OpenDerm serves. */
public enum Hook {
  /** A patient's record is opened. */
  PATIENT_VIEW("patient-view"),
  /** A clinician selects an order (draft orders under review). */
  ORDER_SELECT("order-select"),
  /** A clinician is about to sign orders. */
  ORDER_SIGN("order-sign");

  private final String id;

  Hook(String id) {
    this.id = id;
  }

  /** The hook name as CDS Hooks spells it, such as {@code order-sign}. */
  public String id() {
    return id;
  }

  /** The hook with this CDS Hooks name. */
  public static Optional<Hook> fromId(String id) {
    return Arrays.stream(values()).filter(h -> h.id.equals(id)).findFirst();
  }
}
