package org.openderm.photo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openderm.patient.PatientRecordSection;
import org.openderm.patient.TimelineContributor;
import org.openderm.patient.TimelineEntry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The photos panel on the patient record page (upload, thumbnails) and photos on the timeline. */
@Component
class PhotoSection implements PatientRecordSection, TimelineContributor {

  private final PhotoService photos;
  private final MessageSource messages;

  PhotoSection(PhotoService photos, MessageSource messages) {
    this.photos = photos;
    this.messages = messages;
  }

  @Override
  public int order() {
    return 60;
  }

  @Override
  public String template() {
    return "photo/panel";
  }

  @Override
  public Map<String, Object> model(UUID patientId, Locale locale) {
    return Map.of("photos", photos.list(patientId));
  }

  @Override
  public List<TimelineEntry> entries(UUID patientId, Locale locale) {
    return photos.list(patientId).stream()
        .map(
            p ->
                new TimelineEntry(
                    p.takenAt(),
                    "photo",
                    (p.bodySite().isEmpty() ? "" : p.bodySite() + " — ")
                        + messages.getMessage(
                            p.acceptable() ? "photo.acceptable" : "photo.notAcceptable",
                            null,
                            locale),
                    "/patients/" + patientId + "/photos/" + p.id()))
        .toList();
  }
}
