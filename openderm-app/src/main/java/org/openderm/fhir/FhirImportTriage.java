package org.openderm.fhir;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Extension;

/** Maps DiagnosticReport (triage) and AuditEvent back to record parts. */
final class FhirImportTriage {

  private FhirImportTriage() {}

  static FhirPatientRecord.Triage triage(UUID id, DiagnosticReport r, ImportChecks checks) {
    checks.subject(r.getSubject(), "subject");
    var when = r.hasEffectiveDateTimeType() ? r.getEffectiveDateTimeType() : null;
    checks.require(when, "effectiveDateTime");
    UUID photo = null;
    if (r.hasMedia()) {
      String link = r.getMediaFirstRep().getLink().getReference();
      if (link != null && link.startsWith("urn:uuid:")) {
        try {
          photo = UUID.fromString(link.substring("urn:uuid:".length()));
        } catch (IllegalArgumentException e) {
          checks.fail("media[0].link", "is not a urn:uuid reference");
        }
      }
    }
    Extension model = r.getExtensionByUrl(OpenDermSystems.EXT_MODEL);
    Extension abstained = r.getExtensionByUrl(OpenDermSystems.EXT_ABSTAINED);
    Map<String, Double> probabilities = new HashMap<>();
    for (Extension e : r.getExtensionsByUrl(OpenDermSystems.EXT_CLASS_PROBABILITY)) {
      Extension cls = e.getExtensionByUrl("class");
      Extension p = e.getExtensionByUrl("probability");
      if (cls == null || !(p != null && p.getValue() instanceof DecimalType d)) {
        checks.fail("extension", "class-probability needs a class and a decimal probability");
        continue;
      }
      double v = d.getValue().doubleValue();
      if (v < 0 || v > 1) {
        checks.fail(
            "extension",
            "probability of " + cls.getValue().primitiveValue() + " must be in [0, 1]");
      }
      probabilities.put(cls.getValue().primitiveValue(), v);
    }
    String referral =
        r.hasConclusionCode() ? r.getConclusionCodeFirstRep().getCodingFirstRep().getCode() : null;
    return new FhirPatientRecord.Triage(
        id,
        FhirTypes.instant(when),
        photo,
        model == null ? null : model.getValue().primitiveValue(),
        abstained != null && abstained.getValue() instanceof BooleanType b && b.booleanValue(),
        referral,
        probabilities);
  }

  static FhirPatientRecord.Audit audit(UUID id, AuditEvent e, ImportChecks checks) {
    checks.require(e.getRecordedElement().getValue(), "recorded");
    if (!e.hasAction()) {
      checks.fail("action", "is required (C, R, U, D or E)");
    }
    if (e.hasEntity() && e.getEntityFirstRep().hasWhat()) {
      checks.subject(e.getEntityFirstRep().getWhat(), "entity[0].what");
    }
    var agent = e.getAgentFirstRep();
    String role = agent.hasRole() ? agent.getRoleFirstRep().getCodingFirstRep().getCode() : null;
    String purpose = e.hasPurposeOfEvent() ? e.getPurposeOfEventFirstRep().getText() : null;
    return new FhirPatientRecord.Audit(
        id,
        FhirTypes.instant(e.getRecordedElement()),
        agent.getWho().getDisplay(),
        role,
        e.hasAction() ? e.getAction().toCode() : null,
        e.getEntityFirstRep().getDescription(),
        e.getOutcome() == AuditEvent.AuditEventOutcome._0,
        purpose);
  }
}
