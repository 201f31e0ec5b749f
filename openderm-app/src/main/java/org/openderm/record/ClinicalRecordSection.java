package org.openderm.record;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openderm.patient.Patient;
import org.openderm.patient.PatientRecordSection;
import org.openderm.patient.PatientService;
import org.openderm.security.CurrentUser;
import org.openderm.security.Role;
import org.springframework.stereotype.Component;

/**
 * The "Clinical record" panel of the patient record page: problems, medications, labs,
 * vaccinations, allergies, pregnancy status and phototype, with the forms to add, stop and void
 * items for clinicians (a patient reads her own record without the forms).
 */
@Component
class ClinicalRecordSection implements PatientRecordSection {

  private final ClinicalRecordService records;
  private final PatientService patients;

  ClinicalRecordSection(ClinicalRecordService records, PatientService patients) {
    this.records = records;
    this.patients = patients;
  }

  /**
   * Pregnancy status is asked for girls and women of 10 to 55 (or anyone whose sex is not recorded
   * as male), and always shown once recorded.
   */
  static boolean pregnancyRelevant(Patient p, ClinicalRecord r) {
    if (!r.pregnancy().isEmpty()) {
      return true;
    }
    boolean male = "male".equals(p.sex());
    return !male && (p.birthDate() == null || (p.age() >= 10 && p.age() <= 55));
  }

  @Override
  public int order() {
    return 52;
  }

  @Override
  public String template() {
    return "record/section";
  }

  @Override
  public Map<String, Object> model(UUID patientId, Locale locale) {
    Map<String, Object> m = new HashMap<>();
    ClinicalRecord record = records.record(patientId);
    m.put("record", record);
    m.put("recordShowsPregnancy", pregnancyRelevant(patients.get(patientId), record));
    m.put("recordPatientId", patientId);
    m.put("recordCanWrite", CurrentUser.hasRole(Role.CLINICIAN));
    m.put("recordDrugs", RecordCatalogue.DRUGS);
    m.put("recordLabs", RecordCatalogue.LABS);
    m.put("recordVaccines", RecordCatalogue.VACCINES);
    m.put("recordLocale", locale);
    // Known tests and vaccines are named in the page's language, whatever was stored.
    Map<String, String> labNames = new HashMap<>();
    RecordCatalogue.LABS.forEach(l -> labNames.put(l.loinc(), l.name(locale)));
    Map<String, String> vaccineNames = new HashMap<>();
    RecordCatalogue.VACCINES.forEach(v -> vaccineNames.put(v.cvx(), v.name(locale)));
    m.put("recordLabNames", labNames);
    m.put("recordVaccineNames", vaccineNames);
    return m;
  }
}
