package org.openderm.decision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CDS services OpenDerm offers: one per hook, each id equal to its hook name, each declaring
 * the prefetch keys of DESIGN §4 so that the EHR sends everything the rules read.
 */
final class CdsServiceCatalog {

  /** The prefetch templates every service declares. */
  static final Map<String, String> PREFETCH = prefetch();

  private static final List<CdsJson.Service> SERVICES =
      List.of(
          new CdsJson.Service(
              Hook.PATIENT_VIEW.id(),
              Hook.PATIENT_VIEW.id(),
              "OpenDerm dermatology drug-safety check",
              "Screening, laboratory thresholds and monitoring for JAK inhibitors, methotrexate"
                  + " and oral retinoids; alopecia areata severity by SALT.",
              PREFETCH),
          new CdsJson.Service(
              Hook.ORDER_SELECT.id(),
              Hook.ORDER_SELECT.id(),
              "OpenDerm order check (select)",
              "Checks dermatology drug and vaccine orders as they are chosen: JAK inhibitor"
                  + " screening and thresholds, live vaccines under immunosuppressants,"
                  + " isotretinoin pregnancy prevention, methotrexate once weekly.",
              PREFETCH),
          new CdsJson.Service(
              Hook.ORDER_SIGN.id(),
              Hook.ORDER_SIGN.id(),
              "OpenDerm order check (sign)",
              "The same checks as order-select, on the orders about to be signed.",
              PREFETCH));

  private CdsServiceCatalog() {}

  static CdsJson.Discovery discovery() {
    return new CdsJson.Discovery(SERVICES);
  }

  static Optional<CdsJson.Service> service(String id) {
    return SERVICES.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  private static Map<String, String> prefetch() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("patient", "Patient/{{context.patientId}}");
    p.put("conditions", "Condition?patient={{context.patientId}}");
    p.put(
        "medications",
        "MedicationRequest?patient={{context.patientId}}&_include=MedicationRequest:medication");
    p.put("observations", "Observation?patient={{context.patientId}}&_sort=-date&_count=200");
    p.put("immunizations", "Immunization?patient={{context.patientId}}");
    return java.util.Collections.unmodifiableMap(p);
  }
}
