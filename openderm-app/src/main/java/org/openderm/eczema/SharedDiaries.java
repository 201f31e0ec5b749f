package org.openderm.eczema;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openderm.patient.AccessGrant;
import org.openderm.patient.Patient;
import org.openderm.patient.PatientAccessPolicy;
import org.openderm.patient.PatientService;
import org.openderm.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diaries shared with the current clinician (SHARING consent naming him), with their latest
 * entry and how many came in over the last two weeks. Viewing this list is one operation, so it is
 * one audit row (the patient list's); each record opened from it is audited on its own.
 */
@Service
@PreAuthorize("hasRole('CLINICIAN')")
public class SharedDiaries {

  static final Duration RECENT = Duration.ofDays(14);

  private final PatientAccessPolicy access;
  private final PatientService patients;
  private final AssessmentStore store;

  SharedDiaries(PatientAccessPolicy access, PatientService patients, AssessmentStore store) {
    this.access = access;
    this.patients = patients;
    this.store = store;
  }

  /** A patient who shares their diary, with the latest entry (or null) and recent count. */
  public record SharedPatient(Patient patient, Assessment latest, long recentEntries) {}

  /** The shared diaries, patients in name order. */
  @Transactional
  public List<SharedPatient> forCurrentClinician() {
    String me = CurrentUser.username();
    Instant since = Instant.now().minus(RECENT);
    List<SharedPatient> shared = new ArrayList<>();
    // search("") lists every reachable patient with a single audit row; entries are then read
    // from the store without one row per patient.
    for (Patient p : patients.search("")) {
      if (access.grant(me, p.id()) != AccessGrant.SHARED) {
        continue;
      }
      List<Assessment> entries = store.current(p.id());
      Assessment latest = entries.isEmpty() ? null : entries.get(entries.size() - 1);
      long recent = entries.stream().filter(a -> a.recordedAt().isAfter(since)).count();
      shared.add(new SharedPatient(p, latest, recent));
    }
    return shared;
  }
}
