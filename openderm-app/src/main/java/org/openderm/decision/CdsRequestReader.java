package org.openderm.decision;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.openderm.system.InvalidInputException;
import org.openderm.system.Violation;
import org.openderm.system.fhir.FhirParsing;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a CDS Hooks 2.0 request body into the FHIR resources the rules need, checking all of it
 * before answering: malformed JSON or FHIR gives one {@link InvalidInputException} listing every
 * problem. Absent or null prefetch keys are allowed (the EHR found nothing).
 */
final class CdsRequestReader {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CdsRequestReader() {}

  static FhirPatientContextMapper.Prefetch read(String body, Hook hook) {
    List<Violation> violations = new ArrayList<>();
    JsonNode root = null;
    try {
      root = body == null || body.isBlank() ? null : JSON.readTree(body);
    } catch (JacksonException e) {
      violations.add(new Violation("body", "not valid JSON: " + e.getOriginalMessage()));
    }
    if (violations.isEmpty() && (root == null || !root.isObject())) {
      violations.add(new Violation("body", "must be a JSON object (a CDS Hooks request)"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    JsonNode hookNode = root.get("hook");
    if (hookNode != null && !hook.id().equals(hookNode.asString())) {
      violations.add(new Violation("hook", "must be '" + hook.id() + "' for this service"));
    }
    JsonNode context = root.path("context");
    if (!context.isMissingNode() && !context.isObject()) {
      violations.add(new Violation("context", "must be a JSON object"));
    }
    JsonNode prefetch = root.path("prefetch");
    if (!prefetch.isMissingNode() && !prefetch.isNull() && !prefetch.isObject()) {
      violations.add(new Violation("prefetch", "must be a JSON object"));
    }
    Patient patient =
        resource(prefetch.get("patient"), "prefetch.patient", Patient.class, violations);
    Bundle conditions = bundle(prefetch.get("conditions"), "prefetch.conditions", violations);
    Bundle medications = bundle(prefetch.get("medications"), "prefetch.medications", violations);
    Bundle observations = bundle(prefetch.get("observations"), "prefetch.observations", violations);
    Bundle immunizations =
        bundle(prefetch.get("immunizations"), "prefetch.immunizations", violations);
    Bundle drafts =
        context.isObject()
            ? bundle(context.get("draftOrders"), "context.draftOrders", violations)
            : null;
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new FhirPatientContextMapper.Prefetch(
        patient, conditions, medications, observations, immunizations, drafts);
  }

  /** A Bundle, or a single resource wrapped in one (some EHRs send a lone resource). */
  private static Bundle bundle(JsonNode node, String field, List<Violation> violations) {
    Resource r = resource(node, field, Resource.class, violations);
    if (r == null || r instanceof Bundle) {
      return (Bundle) r;
    }
    Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
    b.addEntry().setResource(r);
    return b;
  }

  private static <T extends IBaseResource> T resource(
      JsonNode node, String field, Class<T> type, List<Violation> violations) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject() || !node.has("resourceType")) {
      violations.add(
          new Violation(field, "must be a FHIR R4 resource (a JSON object with resourceType)"));
      return null;
    }
    FhirParsing.Parsed parsed = FhirParsing.parse(JSON.writeValueAsString(node), field);
    violations.addAll(parsed.violations());
    if (parsed.resource() == null) {
      return null;
    }
    if (!type.isInstance(parsed.resource())) {
      violations.add(
          new Violation(
              field,
              "expected " + type.getSimpleName() + " but got " + parsed.resource().fhirType()));
      return null;
    }
    return type.cast(parsed.resource());
  }
}
