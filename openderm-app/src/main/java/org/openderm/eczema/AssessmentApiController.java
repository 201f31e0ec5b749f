package org.openderm.eczema;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.openderm.system.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Stored assessments: {@code POST/GET /api/v1/patients/{id}/assessments} (DESIGN §4), plus
 * versions, corrections and voiding. Access checks and audit happen in {@link AssessmentService}.
 */
@RestController
@RequestMapping(
    path = "/api/v1/patients/{patientId}/assessments",
    produces = MediaType.APPLICATION_JSON_VALUE)
class AssessmentApiController {

  private final AssessmentService assessments;

  AssessmentApiController(AssessmentService assessments) {
    this.assessments = assessments;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Assessment> record(@PathVariable UUID patientId, @RequestBody JsonNode body) {
    Assessment created = assessments.record(patientId, parse(body));
    return ResponseEntity.created(
            URI.create("/api/v1/patients/" + patientId + "/assessments/" + created.id()))
        .body(created);
  }

  @GetMapping
  List<Assessment> list(
      @PathVariable UUID patientId, @RequestParam(required = false) String instrument) {
    return assessments.list(patientId, instrument);
  }

  @PutMapping(path = "/{assessmentId}", consumes = MediaType.APPLICATION_JSON_VALUE)
  Assessment revise(
      @PathVariable UUID patientId, @PathVariable UUID assessmentId, @RequestBody JsonNode body) {
    return assessments.revise(patientId, assessmentId, parse(body));
  }

  @GetMapping("/{assessmentId}/versions")
  List<Assessment> versions(@PathVariable UUID patientId, @PathVariable UUID assessmentId) {
    return assessments.versions(patientId, assessmentId);
  }

  @PostMapping(path = "/{assessmentId}/void", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> voidAssessment(
      @PathVariable UUID patientId, @PathVariable UUID assessmentId, @RequestBody JsonNode body) {
    assessments.voidAssessment(patientId, assessmentId, body.path("reason").asString(null));
    return ResponseEntity.noContent().build();
  }

  /** Reads {@code {"instrument", "takenAt", "input", "note"}}. */
  static NewAssessment parse(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new InvalidInputException("", "the request body must be a JSON object");
    }
    Instant takenAt = null;
    JsonNode taken = body.get("takenAt");
    if (taken != null && !taken.isNull()) {
      try {
        takenAt = OffsetDateTime.parse(taken.asString()).toInstant();
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(
            "takenAt", "must be an ISO-8601 date-time with offset, such as 2026-11-20T08:30:00Z");
      }
    }
    JsonNode input = body.get("input");
    if (input == null || !input.isObject()) {
      throw new InvalidInputException(
          "input", "is required: an object with the instrument's items");
    }
    JsonNode note = body.get("note");
    return new NewAssessment(
        body.path("instrument").asString(null),
        takenAt,
        input,
        note == null || note.isNull() ? null : note.asString());
  }
}
