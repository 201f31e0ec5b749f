package org.openderm.system;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openderm.consent.ConsentRequest;
import org.openderm.consent.ConsentService;
import org.openderm.consent.Purpose;
import org.openderm.patient.CareTeamService;
import org.openderm.patient.NewPatient;
import org.openderm.patient.PatientService;
import org.openderm.security.AccountService;
import org.openderm.security.NewAccount;
import org.openderm.security.Role;
import org.openderm.security.Specialty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * With {@code --demo}: the demo accounts of DESIGN §4 and three fictitious patients, created once.
 * The patients are registered by the demo dermatologist, as in real use (and audited as such).
 */
@Component
class DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  private final SystemProperties system;
  private final AccountService accounts;
  private final PatientService patients;
  private final CareTeamService careTeam;
  private final ConsentService consents;
  private final ApplicationEventPublisher events;

  DemoData(
      SystemProperties system,
      AccountService accounts,
      PatientService patients,
      CareTeamService careTeam,
      ConsentService consents,
      ApplicationEventPublisher events) {
    this.system = system;
    this.accounts = accounts;
    this.patients = patients;
    this.careTeam = careTeam;
    this.consents = consents;
    this.events = events;
  }

  @EventListener(ApplicationReadyEvent.class)
  void seed() {
    if (!system.demo() || accounts.find("admin").isPresent()) {
      return;
    }
    String pw = system.demoPassword();
    accounts.createUnchecked(new NewAccount("admin", "Admin OpenDerm", pw, Role.ADMIN, null, null));
    accounts.createUnchecked(
        new NewAccount(
            "dermato", "Dr Claire Dubois", pw, Role.CLINICIAN, Specialty.DERMATOLOGIST, null));
    accounts.createUnchecked(
        new NewAccount("gp", "Dr Marc Petit", pw, Role.CLINICIAN, Specialty.GP, null));
    accounts.createUnchecked(
        new NewAccount("learner", "Sami Haddad (interne)", pw, Role.LEARNER, null, null));
    Map<String, UUID> ids = new LinkedHashMap<>();
    actAs("dermato", "ROLE_CLINICIAN", "SPECIALTY_DERMATOLOGIST");
    try {
      ids.put(
          "lea",
          patients
              .create(
                  new NewPatient("Léa", "Moreau", LocalDate.of(1994, 3, 12), "female", "DEMO-0001"))
              .id());
      ids.put(
          "hugo",
          patients
              .create(
                  new NewPatient("Hugo", "Lefèvre", LocalDate.of(1981, 11, 2), "male", "DEMO-0002"))
              .id());
      ids.put(
          "ines",
          patients
              .create(
                  new NewPatient(
                      "Inès", "Traoré", LocalDate.of(2024, 6, 20), "female", "DEMO-0003"))
              .id());
      for (UUID id : ids.values()) {
        consents.record(id, new ConsentRequest(Purpose.CARE, true, null));
      }
      consents.record(ids.get("lea"), new ConsentRequest(Purpose.AI_ANALYSIS, true, null));
      consents.record(ids.get("lea"), new ConsentRequest(Purpose.SHARING, true, "gp"));
      careTeam.addMember(ids.get("ines"), "gp");
    } finally {
      SecurityContextHolder.clearContext();
    }
    accounts.createUnchecked(
        new NewAccount("patient", "Léa Moreau", pw, Role.PATIENT, null, ids.get("lea")));
    events.publishEvent(new DemoPatientsSeeded(ids));
    log.info("Demo data created: accounts admin, dermato, gp, patient, learner; 3 patients");
  }

  static void actAs(String username, String... authorities) {
    var auth =
        new UsernamePasswordAuthenticationToken(
            username,
            null,
            List.of(authorities).stream().map(SimpleGrantedAuthority::new).toList());
    SecurityContextHolder.getContext().setAuthentication(auth);
  }
}
