package org.openderm.record;

import static org.openderm.record.RecordVersions.find;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openderm.audit.Action;
import org.openderm.patient.PatientData;
import org.openderm.patient.PatientId;
import org.openderm.record.ClinicalRecord.Allergy;
import org.openderm.record.ClinicalRecord.Immunization;
import org.openderm.record.ClinicalRecord.LabResult;
import org.openderm.record.ClinicalRecord.Medication;
import org.openderm.record.ClinicalRecord.NewAllergy;
import org.openderm.record.ClinicalRecord.NewImmunization;
import org.openderm.record.ClinicalRecord.NewLabResult;
import org.openderm.record.ClinicalRecord.NewMedication;
import org.openderm.record.ClinicalRecord.NewPregnancyStatus;
import org.openderm.record.ClinicalRecord.NewProblem;
import org.openderm.record.ClinicalRecord.Phototype;
import org.openderm.record.ClinicalRecord.PregnancyStatus;
import org.openderm.record.ClinicalRecord.Problem;
import org.openderm.record.RecordVersions.Kind;
import org.openderm.system.Dates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinical record of a patient: problems, one medication list, lab results, vaccinations,
 * allergies, pregnancy status and phototype. Clinicians with access write it; a patient reads her
 * own; learners and administrators do not reach it. Every call is access-checked and audited
 * ({@link PatientData}); every change keeps the earlier version and nothing is deleted (items are
 * voided with a reason).
 *
 * <p>Demo data and imports call the same methods under a clinician's security context, for example
 * {@code addMedication(patientId, new NewMedication("Dupilumab", "D11AH05", "300 mg / 2 semaines",
 * 14.0, null, LocalDate.of(2026, 3, 1)))}.
 */
@Service
@PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT')")
public class ClinicalRecordService {

  private final RecordStore store;
  private final RecordQueries queries;
  private final RecordVersions versions;
  private final Dates dates;

  ClinicalRecordService(
      RecordStore store, RecordQueries queries, RecordVersions versions, Dates dates) {
    this.store = store;
    this.queries = queries;
    this.versions = versions;
    this.dates = dates;
  }

  private RecordChecks checks() {
    return new RecordChecks(LocalDate.now(dates.zone()));
  }

  /**
   * The whole current record (voided items left out), as the decision rules and exports read it.
   */
  @PatientData(action = Action.R, resource = "clinical-record")
  @Transactional
  public ClinicalRecord record(@PatientId UUID patientId) {
    return new ClinicalRecord(
        patientId,
        queries.problems(patientId, false),
        queries.medications(patientId, false),
        queries.labs(patientId, false),
        queries.immunizations(patientId, false),
        queries.allergies(patientId, false),
        queries.pregnancy(patientId, false),
        queries.phototypes(patientId, false).stream().findFirst().orElse(null));
  }

  @PatientData(action = Action.R, resource = "problem")
  @Transactional
  public List<Problem> problems(@PatientId UUID patientId, boolean withVoided) {
    return queries.problems(patientId, withVoided);
  }

  public List<Problem> problems(UUID patientId) {
    return problems(patientId, false);
  }

  @PreAuthorize("hasRole('CLINICIAN')")
  @PatientData(action = Action.C, resource = "problem")
  @Transactional
  public Problem addProblem(@PatientId UUID patientId, NewProblem p) {
    RecordChecks c = checks();
    String display = c.text("display", p.display(), 300, true);
    String code = c.text("code", p.code(), 64, false);
    String system = c.problemSystem(p.system());
    c.problem(p, system, code);
    c.done();
    UUID id = store.problem(patientId, p, system, code, display);
    return find(queries.problems(patientId, false), id, Problem::id);
  }

  @PreAuthorize("hasRole('CLINICIAN')")
  @PatientData(action = Action.U, resource = "problem")
  @Transactional
  public Problem resolveProblem(@PatientId UUID patientId, UUID problemId, LocalDate resolvedOn) {
    RecordChecks c = checks();
    c.notFuture("resolvedOn", resolvedOn);
    Problem current = find(queries.problems(patientId, false), problemId, Problem::id);
    c.order("resolvedOn", current.onset(), resolvedOn);
    c.done();
    versions.resolveProblem(patientId, problemId, resolvedOn);
    return find(queries.problems(patientId, false), problemId, Problem::id);
  }

  @PatientData(action = Action.R, resource = "medication")
  @Transactional
  public List<Medication> medications(@PatientId UUID patientId, boolean withVoided) {
    return queries.medications(patientId, withVoided);
  }

  public List<Medication> medications(UUID patientId) {
    return medications(patientId, false);
  }

  @PreAuthorize("hasRole('CLINICIAN')")
  @PatientData(action = Action.C, resource = "medication")
  @Transactional
  public Medication addMedication(@PatientId UUID patientId, NewMedication m) {
    RecordChecks c = checks();
    String name = c.text("name", m.name(), 200, true);
    c.text("dosageText", m.dosageText(), 500, false);
    String status = c.medicationStatus(m);
    c.done();
    String atc = RecordStore.blankToNull(m.atc());
    UUID id =
        store.medication(
            patientId, m, name, atc == null ? null : atc.toUpperCase(Locale.ROOT), status);
    return find(queries.medications(patientId, false), id, Medication::id);
  }

  /** Stops a treatment on a date, today when null (a new version of the item). */
  @PreAuthorize("hasRole('CLINICIAN')")
  @PatientData(action = Action.U, resource = "medication")
  @Transactional
  public Medication stopMedication(@PatientId UUID patientId, UUID medicationId, LocalDate end) {
    RecordChecks c = checks();
    LocalDate day = end == null ? LocalDate.now(dates.zone()) : end;
    Medication current = find(queries.medications(patientId, false), medicationId, Medication::id);
    c.notFuture("end", day);
    c.order("end", current.start(), day);
    c.done();
    versions.stopMedication(patientId, medicationId, day);
    return find(queries.medications(patientId, false), medicationId, Medication::id);
  }

  @PatientData(action = Action.R, resource = "lab-result")
  @Transactional
  public List<LabResult> labs(@PatientId UUID patientId, boolean withVoided) {
    return queries.labs(patientId, withVoided);
  }

  @PreAuthorize("hasRole('CLINICIAN')")
  @PatientData(action = Action.C, resource = "lab-result")
  @Transactional
  public LabResult addLab(@PatientId UUID patientId, NewLabResult l) {
    RecordChecks c = checks();
    String unit = c.lab(l);
    c.text("valueText", l.valueText(), 200, false);
    String display =
        l.loinc() == null
            ? null
            : RecordCatalogue.lab(l.loinc().strip())
                .map(RecordCatalogue.LabChoice::en)
                .orElse(null);
    String typed = c.text("display", l.display(), 200, display == null);
    c.done();
    UUID id = store.lab(patientId, l, typed != null ? typed : display, unit);
    return find(queries.labs(patientId, false), id, LabResult::id);
  }

  @PatientData(action = Action.R, resource = "immunization")
  @Transactional
  public List<Immunization> immunizations(@PatientId UUID patientId, boolean withVoided) {
    return queries.immunizations(patientId, withVoided);
  }

  @PreAuthorize("hasRole('CLINICIAN')")
  @PatientData(action = Action.C, resource = "immunization")
  @Transactional
  public Immunization addImmunization(@PatientId UUID patientId, NewImmunization i) {
    RecordChecks c = checks();
    String status = c.immunization(i);
    String known =
        RecordCatalogue.vaccine(i.cvx()).map(RecordCatalogue.VaccineChoice::en).orElse(null);
    String typed = c.text("display", i.display(), 200, known == null);
    c.text("lot", i.lot(), 64, false);
    c.done();
    UUID id = store.immunization(patientId, i, typed != null ? typed : known, status);
    return find(queries.immunizations(patientId, false), id, Immunization::id);
  }

  @PatientData(action = Action.R, resource = "allergy")
  @Transactional
  public List<Allergy> allergies(@PatientId UUID patientId, boolean withVoided) {
    return queries.allergies(patientId, withVoided);
  }

  @PreAuthorize("hasRole('CLINICIAN')")
  @PatientData(action = Action.C, resource = "allergy")
  @Transactional
  public Allergy addAllergy(@PatientId UUID patientId, NewAllergy a) {
    RecordChecks c = checks();
    String substance = c.text("substance", a.substance(), 200, true);
    c.text("reaction", a.reaction(), 300, false);
    String[] typeAndCriticality = c.allergy(a);
    c.done();
    UUID id = store.allergy(patientId, a, substance, typeAndCriticality[0], typeAndCriticality[1]);
    return find(queries.allergies(patientId, false), id, Allergy::id);
  }

  @PatientData(action = Action.R, resource = "pregnancy-status")
  @Transactional
  public List<PregnancyStatus> pregnancyStatuses(@PatientId UUID patientId, boolean withVoided) {
    return queries.pregnancy(patientId, withVoided);
  }

  @PreAuthorize("hasRole('CLINICIAN')")
  @PatientData(action = Action.C, resource = "pregnancy-status")
  @Transactional
  public PregnancyStatus recordPregnancyStatus(@PatientId UUID patientId, NewPregnancyStatus p) {
    RecordChecks c = checks();
    String status = c.pregnancy(p);
    String contraception = c.text("contraception", p.contraception(), 200, false);
    c.done();
    UUID id = store.pregnancy(patientId, status, p.observedOn(), contraception);
    return find(queries.pregnancy(patientId, false), id, PregnancyStatus::id);
  }

  @PatientData(action = Action.R, resource = "phototype")
  @Transactional
  public Optional<Phototype> phototype(@PatientId UUID patientId) {
    return queries.phototypes(patientId, false).stream().findFirst();
  }

  /** Records the Fitzpatrick phototype (1 to 6); the earlier value stays as history. */
  @PreAuthorize("hasRole('CLINICIAN')")
  @PatientData(action = Action.C, resource = "phototype")
  @Transactional
  public Phototype setPhototype(@PatientId UUID patientId, Integer value) {
    RecordChecks c = checks();
    c.phototype(value);
    c.done();
    UUID id = store.phototype(patientId, value);
    return find(queries.phototypes(patientId, false), id, Phototype::id);
  }

  /**
   * Voids an item of one list ({@code problems}, {@code medications}, {@code labs}, {@code
   * immunizations}, {@code allergies}, {@code pregnancy-status}, {@code phototype}) with a reason.
   */
  @PreAuthorize("hasRole('CLINICIAN')")
  @PatientData(action = Action.D, resource = "clinical-record-item")
  @Transactional
  public void voidItem(@PatientId UUID patientId, String list, UUID itemId, String reason) {
    Kind kind = RecordVersions.kind(list);
    RecordChecks c = checks();
    c.reason(reason);
    c.done();
    versions.voidItem(kind, patientId, itemId, reason);
  }

  /** The earlier versions of an item, oldest first: {@code version}, {@code content} (JSON). */
  @PatientData(action = Action.R, resource = "clinical-record-item")
  @Transactional
  public List<Map<String, Object>> history(@PatientId UUID patientId, String list, UUID itemId) {
    return versions.history(RecordVersions.kind(list), patientId, itemId);
  }
}
