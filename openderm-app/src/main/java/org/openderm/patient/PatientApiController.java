package org.openderm.patient;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/patients}: registration, reading, search, care team, break-glass. */
@RestController
@RequestMapping("/api/v1/patients")
class PatientApiController {

  private final PatientService patients;
  private final CareTeamService careTeam;

  PatientApiController(PatientService patients, CareTeamService careTeam) {
    this.patients = patients;
    this.careTeam = careTeam;
  }

  @PostMapping
  ResponseEntity<Patient> create(@Valid @RequestBody NewPatient body) {
    Patient p = patients.create(body);
    return ResponseEntity.created(URI.create("/api/v1/patients/" + p.id())).body(p);
  }

  @GetMapping("/{id}")
  Patient get(@PathVariable UUID id) {
    return patients.get(id);
  }

  @PutMapping("/{id}")
  Patient update(@PathVariable UUID id, @Valid @RequestBody NewPatient body) {
    return patients.update(id, body);
  }

  @PostMapping("/{id}/void")
  ResponseEntity<Void> voidPatient(@PathVariable UUID id, @Valid @RequestBody Reason body) {
    patients.voidPatient(id, body.reason());
    return ResponseEntity.noContent().build();
  }

  @GetMapping
  List<Patient> search(@RequestParam(defaultValue = "") String query) {
    return patients.search(query);
  }

  @GetMapping("/{id}/care-team")
  List<CareRelationship> careTeam(@PathVariable UUID id) {
    return careTeam.members(id);
  }

  @PostMapping("/{id}/care-team")
  ResponseEntity<List<CareRelationship>> addMember(
      @PathVariable UUID id, @Valid @RequestBody Member body) {
    return ResponseEntity.status(201).body(careTeam.addMember(id, body.username()));
  }

  /** A clinician of the patient links her (unlinked) account to the record. */
  @PostMapping("/{id}/account")
  ResponseEntity<Void> linkAccount(@PathVariable UUID id, @Valid @RequestBody Member body) {
    patients.linkAccount(id, body.username());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/break-glass")
  ResponseEntity<Map<String, Object>> breakGlass(@Valid @RequestBody BreakGlass body) {
    UUID id = careTeam.breakGlass(body.patient(), body.reason());
    return ResponseEntity.status(201)
        .body(
            Map.of(
                "patientId", id, "expiresInHours", CareTeamService.BREAK_GLASS_DURATION.toHours()));
  }

  record Member(@NotBlank @Size(max = 64) String username) {}

  record Reason(@NotBlank @Size(max = 500) String reason) {}

  record BreakGlass(
      @NotBlank @Size(max = 100) String patient, @NotBlank @Size(max = 500) String reason) {}
}
