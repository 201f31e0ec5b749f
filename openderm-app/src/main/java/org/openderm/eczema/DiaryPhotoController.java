package org.openderm.eczema;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openderm.photo.PhotoQualityService;
import org.openderm.photo.PhotoUploads;
import org.openderm.photo.QualityReport;
import org.openderm.system.OpenDermException;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * Optional photos from the diary form: each file goes through the photo feature's upload path (the
 * same sanitiser, quality gate, encryption and CARE consent as any photo) and the form shows the
 * verdict at once, with how to retake the photo when it fails the gate.
 */
@Controller
class DiaryPhotoController {

  private final PhotoUploads uploads;
  private final MessageSource messages;

  DiaryPhotoController(PhotoUploads uploads, MessageSource messages) {
    this.uploads = uploads;
    this.messages = messages;
  }

  @PostMapping(
      path = "/patients/{patientId}/eczema/photos",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<Map<String, Object>> upload(
      @PathVariable UUID patientId,
      @RequestParam(name = "image", required = false) MultipartFile image,
      @RequestParam(name = "bodySite", required = false) String bodySite,
      Locale locale)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    try {
      PhotoUploads.Upload u = uploads.upload(patientId, image, bodySite);
      QualityReport report = PhotoQualityService.report(u.verdict(), locale);
      UUID id = u.photo().id();
      body.put("id", id);
      body.put("acceptable", report.acceptable());
      body.put("issues", report.issues().stream().map(QualityReport.Issue::message).toList());
      body.put("thumbnail", "/patients/" + patientId + "/photos/" + id + "/thumbnail");
      body.put("viewer", "/patients/" + patientId + "/photos/" + id);
      return ResponseEntity.status(201).body(body);
    } catch (OpenDermException e) {
      if (!PhotoUploads.toldToTheUser(e)) {
        throw e;
      }
      // A refused file: the reason in the user's language, nothing stored.
      body.put("status", e.status());
      body.put("code", e.code());
      body.put(
          "detail", messages.getMessage("photo.error." + e.code(), null, e.getMessage(), locale));
      ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status());
      if (e.retryAfterSeconds() > 0) {
        answer.header("Retry-After", Integer.toString(e.retryAfterSeconds()));
      }
      return answer.body(body);
    }
  }
}
