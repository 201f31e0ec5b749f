package org.openderm.photo;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored photo's record (not its pixels).
 *
 * @param id the server-generated photo id
 * @param patientId the patient
 * @param bodySite where on the body, as entered (may be empty)
 * @param takenAt when it was stored
 * @param createdBy who stored it
 * @param width width in pixels
 * @param height height in pixels
 * @param byteSize size of the sanitised JPEG
 * @param acceptable the quality verdict: whether automatic analysis may use it
 * @param issues the quality issue codes, empty when acceptable
 */
public record StoredPhoto(
    UUID id,
    UUID patientId,
    String bodySite,
    Instant takenAt,
    String createdBy,
    int width,
    int height,
    int byteSize,
    boolean acceptable,
    List<String> issues) {

  public StoredPhoto {
    issues = List.copyOf(issues);
  }
}
