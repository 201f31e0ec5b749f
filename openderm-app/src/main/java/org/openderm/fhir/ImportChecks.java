package org.openderm.fhir;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.openderm.system.Violation;

/** Collects what is wrong with an imported bundle, entry by entry, and resolves references. */
final class ImportChecks {

  private final List<Violation> violations = new ArrayList<>();
  private Set<String> patientRefs = Set.of();
  private String prefix = "bundle";

  void at(int index) {
    prefix = "entry[" + index + "]";
  }

  void patientReferences(Set<String> refs) {
    patientRefs = refs;
  }

  void fail(String field, String message) {
    violations.add(new Violation(field == null ? prefix : prefix + "." + field, message));
  }

  /** Records a violation when the value is null or blank; returns whether it was present. */
  boolean require(Object value, String field) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      fail(field, "is required");
      return false;
    }
    return true;
  }

  /** Checks that a reference points at the bundle's Patient. */
  void subject(Reference ref, String field) {
    if (ref == null || ref.getReference() == null) {
      fail(field, "is required (a reference to the bundle's Patient)");
    } else if (!patientRefs.contains(ref.getReference())) {
      fail(field, "must reference the bundle's Patient, not " + ref.getReference());
    }
  }

  List<Violation> violations() {
    return List.copyOf(violations);
  }

  /** The resource's id as a UUID: itself when it is one, else a stable UUID derived from it. */
  static UUID id(Resource resource, String fullUrl) {
    String raw = resource.hasIdElement() ? resource.getIdElement().getIdPart() : null;
    if (raw == null && fullUrl != null && fullUrl.startsWith("urn:uuid:")) {
      raw = fullUrl.substring("urn:uuid:".length());
    }
    if (raw == null) {
      raw = fullUrl == null ? UUID.randomUUID().toString() : fullUrl;
    }
    if (raw.startsWith("urn:uuid:")) {
      // HAPI gives a bundle entry's resource its fullUrl as id.
      raw = raw.substring("urn:uuid:".length());
    }
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      return UUID.nameUUIDFromBytes(raw.getBytes(StandardCharsets.UTF_8));
    }
  }
}
