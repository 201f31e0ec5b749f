package org.openderm.photo;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/v1/patients/{id}/photos}: upload, list, and the sanitised image itself. */
@RestController
class PhotoApiController {

  private final PhotoService photos;
  private final PhotoUploads uploads;
  private final PhotoIntegrityService integrity;

  PhotoApiController(PhotoService photos, PhotoUploads uploads, PhotoIntegrityService integrity) {
    this.photos = photos;
    this.uploads = uploads;
    this.integrity = integrity;
  }

  /** The upload's answer: the new photo's id and its quality verdict. */
  record Created(UUID id, QualityReport quality) {}

  @PostMapping(
      path = "/api/v1/patients/{id}/photos",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Created> upload(
      @PathVariable UUID id,
      @RequestParam("image") MultipartFile image,
      @RequestParam(name = "bodySite", required = false) String bodySite,
      Locale locale)
      throws IOException {
    PhotoUploads.Upload u = uploads.upload(id, image, bodySite);
    UUID photoId = u.photo().id();
    return ResponseEntity.created(URI.create("/api/v1/patients/" + id + "/photos/" + photoId))
        .body(new Created(photoId, PhotoQualityService.report(u.verdict(), locale)));
  }

  @GetMapping("/api/v1/patients/{id}/photos")
  List<StoredPhoto> list(@PathVariable UUID id) {
    return photos.list(id);
  }

  @GetMapping("/api/v1/patients/{id}/photos/{photoId}")
  ResponseEntity<byte[]> image(@PathVariable UUID id, @PathVariable UUID photoId) {
    return jpeg(photos.image(id, photoId), photoId, "");
  }

  @PostMapping("/api/v1/photos/integrity")
  PhotoIntegrityReport verify() {
    return integrity.verify();
  }

  /**
   * A stored JPEG with a fixed type and a server-made file name: never the client's, never sniffed,
   * never cached.
   */
  static ResponseEntity<byte[]> jpeg(byte[] bytes, UUID photoId, String suffix) {
    return ResponseEntity.ok()
        .contentType(MediaType.IMAGE_JPEG)
        .header(
            "Content-Disposition",
            ContentDisposition.inline()
                .filename("photo-" + photoId + suffix + ".jpg")
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(CacheControl.noStore())
        .body(bytes);
  }
}
