package org.openderm.photo;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.openderm.ml.quality.QualityVerdict;
import org.openderm.system.InvalidInputException;
import org.openderm.system.OpenDermException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload path shared by the API, the pages and other features' forms (the eczema diary):
 * checks, sanitises and judges the file first (no database transaction is held while decoding),
 * then stores it (CARE consent required).
 */
@Component
public class PhotoUploads {

  static final int MAX_BODY_SITE = 100;

  private final PhotoService photos;
  private final PhotoQualityService quality;
  private final PhotoProperties limits;

  PhotoUploads(PhotoService photos, PhotoQualityService quality, PhotoProperties limits) {
    this.photos = photos;
    this.quality = quality;
    this.limits = limits;
  }

  /** A stored photo and the verdict it was stored with. */
  public record Upload(StoredPhoto photo, QualityVerdict verdict) {}

  /**
   * Whether an upload page should tell the user why the photo was not stored, instead of showing
   * the error page: a refused file (4xx other than 404), or a busy server that asks for the photo
   * again (503 with Retry-After).
   */
  public static boolean toldToTheUser(OpenDermException e) {
    return e.status() != 404 && (e.status() < 500 || e.retryAfterSeconds() > 0);
  }

  /**
   * Checks, sanitises, judges and stores one uploaded image; refusals are 4xx {@code
   * OpenDermException}s with nothing stored.
   */
  public Upload upload(UUID patientId, MultipartFile image, String bodySite) throws IOException {
    if (bodySite != null && bodySite.length() > MAX_BODY_SITE) {
      throw new InvalidInputException("bodySite", "at most " + MAX_BODY_SITE + " characters");
    }
    if (image == null || image.isEmpty()) {
      throw new MissingImageException("The image file is empty.");
    }
    if (image.getSize() > limits.maxBytes()) {
      throw new PhotoTooLargeException(
          "The file is larger than " + limits.maxBytes() / (1024 * 1024) + " MiB.");
    }
    SanitizedImage clean;
    try (InputStream in = image.getInputStream()) {
      clean = quality.sanitize(in);
    }
    QualityVerdict verdict = quality.verdict(clean);
    return new Upload(photos.store(patientId, clean, verdict, bodySite), verdict);
  }
}
