package org.openderm.fhir;

import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/** The Consent, MedicationStatement, DiagnosticReport and AuditEvent parts of the export. */
final class FhirExportRecords {

  private FhirExportRecords() {}

  static Consent consent(FhirPatientRecord.ConsentDecision c, Reference subject) {
    Consent consent = new Consent().setStatus(Consent.ConsentState.ACTIVE).setPatient(subject);
    consent.setScope(
        new CodeableConcept(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy", null)));
    consent.addCategory(
        new CodeableConcept(new Coding(OpenDermSystems.LOINC, "59284-0", "Consent Document")));
    consent.setDateTimeElement(FhirTypes.dateTime(c.recordedAt()));
    consent.setPolicyRule(
        new CodeableConcept(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                c.granted() ? "OPTIN" : "OPTOUT",
                null)));
    Consent.ProvisionComponent provision = consent.getProvision();
    provision.setType(
        c.granted() ? Consent.ConsentProvisionType.PERMIT : Consent.ConsentProvisionType.DENY);
    provision.addPurpose(new Coding(OpenDermSystems.PURPOSE, c.purpose(), null));
    if (c.grantee() != null) {
      provision
          .addActor()
          .setRole(
              new CodeableConcept(
                  new Coding(
                      "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP", null)))
          .setReference(new Reference().setDisplay(c.grantee()));
    }
    return consent;
  }

  static MedicationStatement medication(FhirPatientRecord.Medication m, Reference subject) {
    MedicationStatement s =
        new MedicationStatement()
            .setStatus(
                m.active()
                    ? MedicationStatement.MedicationStatementStatus.ACTIVE
                    : MedicationStatement.MedicationStatementStatus.COMPLETED)
            .setSubject(subject);
    CodeableConcept code = new CodeableConcept().setText(m.name());
    if (m.atc() != null) {
      code.addCoding(new Coding(OpenDermSystems.ATC, m.atc(), m.name()));
    }
    s.setMedication(code);
    Period period = new Period();
    if (m.start() != null) {
      period.setStartElement(new org.hl7.fhir.r4.model.DateTimeType(m.start().toString()));
    }
    if (m.end() != null) {
      period.setEndElement(new org.hl7.fhir.r4.model.DateTimeType(m.end().toString()));
    }
    if (!period.isEmpty()) {
      s.setEffective(period);
    }
    if (m.dosageText() != null || m.intervalDays() != null) {
      s.addDosage(org.openderm.record.RecordFhir.dosage(m.dosageText(), m.intervalDays()));
    }
    return s;
  }

  static DiagnosticReport triage(FhirPatientRecord.Triage t, Reference subject) {
    DiagnosticReport r =
        new DiagnosticReport()
            .setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL)
            .setSubject(subject);
    r.setCode(
        new CodeableConcept(
            new Coding(OpenDermSystems.TRIAGE, "lesion-triage", "Skin lesion triage (AI)")));
    r.setEffective(FhirTypes.dateTime(t.at()));
    r.setIssuedElement(FhirTypes.instant(t.at()));
    if (t.photoId() != null) {
      r.addMedia().setLink(new Reference(FhirTypes.urn(t.photoId())));
    }
    if (t.referral() != null) {
      r.addConclusionCode(
          new CodeableConcept(new Coding(OpenDermSystems.REFERRAL, t.referral(), null)));
      r.setConclusion(
          "AI triage suggestion, not a diagnosis; referral urgency: "
              + t.referral()
              + ". A clinician decides.");
    }
    r.addExtension(new Extension(OpenDermSystems.EXT_MODEL, new StringType(t.model())));
    r.addExtension(new Extension(OpenDermSystems.EXT_ABSTAINED, new BooleanType(t.abstained())));
    for (Map.Entry<String, Double> p : new TreeMap<>(t.probabilities()).entrySet()) {
      if (p.getValue() == null || !Double.isFinite(p.getValue())) {
        // A decimal cannot hold NaN or infinity (BigDecimal would throw): such a value, from a
        // faulty native engine before the model guarded its output, is left out, not exported.
        continue;
      }
      Extension e = new Extension(OpenDermSystems.EXT_CLASS_PROBABILITY);
      e.addExtension(new Extension("class", new CodeType(p.getKey())));
      e.addExtension(new Extension("probability", new DecimalType(p.getValue())));
      r.addExtension(e);
    }
    return r;
  }

  static AuditEvent audit(FhirPatientRecord.Audit a, Reference subject) {
    AuditEvent e = new AuditEvent();
    e.setType(
        new Coding(
            "http://terminology.hl7.org/CodeSystem/audit-event-type", "rest", "RESTful Operation"));
    e.setAction(AuditEvent.AuditEventAction.fromCode(a.action()));
    e.setRecordedElement(FhirTypes.instant(a.at()));
    e.setOutcome(a.success() ? AuditEvent.AuditEventOutcome._0 : AuditEvent.AuditEventOutcome._8);
    AuditEvent.AuditEventAgentComponent agent = e.addAgent().setRequestor(true);
    agent.setWho(new Reference().setDisplay(a.actor()));
    if (a.role() != null) {
      agent.addRole(new CodeableConcept(new Coding(OpenDermSystems.AUDIT_ROLE, a.role(), null)));
    }
    e.getSource().setObserver(new Reference().setDisplay("OpenDerm"));
    e.addEntity().setWhat(subject).setDescription(a.resource());
    if (a.purpose() != null) {
      e.addPurposeOfEvent(new CodeableConcept().setText(a.purpose()));
    }
    return e;
  }
}
