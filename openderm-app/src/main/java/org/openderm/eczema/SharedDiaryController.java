package org.openderm.eczema;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openderm.patient.AccessGrant;
import org.openderm.patient.Patient;
import org.openderm.patient.PatientAccessPolicy;
import org.openderm.patient.PatientService;
import org.openderm.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * For clinicians: the patients who shared their diary (SHARING consent naming this clinician), with
 * their latest entry and how many entries came in over the last two weeks. Sharing is revoked by
 * the patient on the consent panel; the patient then leaves this list.
 */
@Controller
@PreAuthorize("hasRole('CLINICIAN')")
class SharedDiaryController {

  static final Duration RECENT = Duration.ofDays(14);

  private final PatientAccessPolicy access;
  private final PatientService patients;
  private final AssessmentService assessments;

  SharedDiaryController(
      PatientAccessPolicy access, PatientService patients, AssessmentService assessments) {
    this.access = access;
    this.patients = patients;
    this.assessments = assessments;
  }

  /** A patient who shares their diary, with the latest entry (or null) and recent count. */
  record SharedPatient(Patient patient, Assessment latest, long recentEntries) {}

  @GetMapping("/eczema/shared")
  String shared(Model model) {
    String me = CurrentUser.username();
    Instant since = Instant.now().minus(RECENT);
    List<SharedPatient> shared = new ArrayList<>();
    for (UUID id : access.reachable(me)) {
      if (access.grant(me, id) != AccessGrant.SHARED) {
        continue;
      }
      List<Assessment> entries = assessments.list(id, null);
      Assessment latest = entries.isEmpty() ? null : entries.get(entries.size() - 1);
      long recent = entries.stream().filter(a -> a.recordedAt().isAfter(since)).count();
      shared.add(new SharedPatient(patients.get(id), latest, recent));
    }
    model.addAttribute("eczemaShared", shared);
    return "eczema/shared";
  }
}
