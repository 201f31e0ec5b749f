package org.openderm.patient;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openderm.audit.Action;
import org.openderm.security.AccountService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/** Gathers what the record page shows besides identity: care team, features' sections, timeline. */
@Component
public class PatientRecordModel {

  private final PatientService patients;
  private final PatientAccessPolicy policy;
  private final CareTeamService careTeam;
  private final AccountService accounts;
  private final ObjectProvider<PatientRecordSection> sections;
  private final ObjectProvider<TimelineContributor> contributors;

  PatientRecordModel(
      PatientService patients,
      PatientAccessPolicy policy,
      CareTeamService careTeam,
      AccountService accounts,
      ObjectProvider<PatientRecordSection> sections,
      ObjectProvider<TimelineContributor> contributors) {
    this.patients = patients;
    this.policy = policy;
    this.careTeam = careTeam;
    this.accounts = accounts;
    this.sections = sections;
    this.contributors = contributors;
  }

  /** One audited read of the whole record page (the panels' own reads are not audited again). */
  @PatientData(
      action = Action.R,
      resource = "patient-record",
      capability = {Capability.READ})
  @Transactional
  public void fill(@PatientId UUID id, Model model, Locale locale) {
    model.addAttribute("patient", patients.get(id));
    model.addAttribute("grant", policy.grant(id));
    model.addAttribute("careTeam", careTeam.members(id));
    model.addAttribute("clinicians", accounts.clinicians());
    List<PatientRecordSection> ordered =
        sections.stream().sorted(Comparator.comparingInt(PatientRecordSection::order)).toList();
    for (PatientRecordSection s : ordered) {
      model.addAllAttributes(s.model(id, locale));
    }
    model.addAttribute("sections", ordered);
    List<TimelineEntry> all = new ArrayList<>();
    contributors.forEach(c -> all.addAll(c.entries(id, locale)));
    all.sort(Comparator.comparing(TimelineEntry::at).reversed());
    model.addAttribute("timeline", all);
  }
}
