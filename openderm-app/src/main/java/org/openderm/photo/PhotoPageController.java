package org.openderm.photo;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openderm.system.OpenDermException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The photo pages: upload from the record page, the viewer, and the image bytes for both. */
@Controller
class PhotoPageController {

  private final PhotoService photos;
  private final PhotoUploads uploads;
  private final MessageSource messages;
  private final ObjectProvider<PhotoViewerPanel> panels;

  PhotoPageController(
      PhotoService photos,
      PhotoUploads uploads,
      MessageSource messages,
      ObjectProvider<PhotoViewerPanel> panels) {
    this.photos = photos;
    this.uploads = uploads;
    this.messages = messages;
    this.panels = panels;
  }

  @PostMapping("/patients/{id}/photos")
  String upload(
      @PathVariable UUID id,
      @RequestParam(name = "image", required = false) MultipartFile image,
      @RequestParam(name = "bodySite", required = false) String bodySite,
      RedirectAttributes redirect,
      Locale locale)
      throws IOException {
    try {
      UUID photoId = uploads.upload(id, image, bodySite).photo().id();
      return "redirect:/patients/" + id + "/photos/" + photoId;
    } catch (OpenDermException e) {
      if (!PhotoUploads.toldToTheUser(e)) {
        throw e;
      }
      // A refused file goes back to the record page with the reason, nothing stored.
      redirect.addFlashAttribute(
          "photoError",
          messages.getMessage("photo.error." + e.code(), null, e.getMessage(), locale));
      return "redirect:/patients/" + id + "#photos";
    }
  }

  @GetMapping("/patients/{id}/photos/{photoId}")
  String viewer(@PathVariable UUID id, @PathVariable UUID photoId, Model model, Locale locale) {
    StoredPhoto photo = photos.get(id, photoId);
    model.addAttribute("photo", photo);
    model.addAttribute("issueKeys", issueKeys(photo.issues()));
    List<PhotoViewerPanel> extra = panels.orderedStream().toList();
    for (PhotoViewerPanel p : extra) {
      model.addAllAttributes(p.model(photo, locale));
    }
    model.addAttribute("panels", extra);
    return "photo/viewer";
  }

  @GetMapping("/patients/{id}/photos/{photoId}/image")
  ResponseEntity<byte[]> image(@PathVariable UUID id, @PathVariable UUID photoId) {
    return PhotoApiController.jpeg(photos.image(id, photoId), photoId, "");
  }

  @GetMapping("/patients/{id}/photos/{photoId}/thumbnail")
  ResponseEntity<byte[]> thumbnail(@PathVariable UUID id, @PathVariable UUID photoId) {
    return PhotoApiController.jpeg(photos.thumbnail(id, photoId), photoId, "-thumbnail");
  }

  /** {@code LESION_CUT_OFF} -> {@code photo.quality.lesion-cut-off}. */
  static List<String> issueKeys(List<String> codes) {
    return codes.stream()
        .map(c -> "photo.quality." + c.toLowerCase(Locale.ROOT).replace('_', '-'))
        .toList();
  }
}
