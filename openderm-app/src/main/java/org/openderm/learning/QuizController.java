package org.openderm.learning;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.openderm.security.CurrentUser;
import org.openderm.system.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The image quiz pages: a dermoscopic image, the answer buttons, then the feedback (htmx swaps the
 * card; without JavaScript the whole page is returned).
 */
@Controller
class QuizController {

  private static final long MAX_RESPONSE_MILLIS = 3_600_000;

  private final LearningService learning;

  QuizController(LearningService learning) {
    this.learning = learning;
  }

  @GetMapping("/learning/quiz")
  String quiz(@RequestParam(defaultValue = "isic-557") String source, Model model) {
    ImageSource s = source(source);
    model.addAttribute("source", s);
    model.addAttribute("bankSizes", learning.bankSizes());
    addQuestion(s, model);
    return "learning/quiz";
  }

  @GetMapping("/learning/quiz/next")
  String next(@RequestParam(defaultValue = "isic-557") String source, Model model) {
    ImageSource s = source(source);
    model.addAttribute("source", s);
    addQuestion(s, model);
    return "learning/quiz-parts :: question";
  }

  @PostMapping("/learning/quiz/answer")
  String answer(
      @RequestParam String itemId,
      @RequestParam String answer,
      @RequestParam(required = false) Long shownAt,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    Long millis = null;
    if (shownAt != null) {
      long elapsed = Instant.now().toEpochMilli() - shownAt;
      millis = elapsed >= 0 && elapsed <= MAX_RESPONSE_MILLIS ? elapsed : null;
    }
    ImageFeedback feedback =
        learning.answerImage(CurrentUser.username(), itemId, answer, null, millis);
    model.addAttribute("fb", feedback);
    model.addAttribute("source", feedback.item().source());
    model.addAttribute("guides", guides());
    model.addAttribute("aiAvailable", learning.aiAvailable());
    if (htmx != null) {
      return "learning/quiz-parts :: feedback";
    }
    model.addAttribute("bankSizes", learning.bankSizes());
    return "learning/quiz";
  }

  /** The image of a quiz item, read from the configured data directory. */
  @GetMapping("/learning/images/{source}/{imageId}")
  ResponseEntity<Resource> image(@PathVariable String source, @PathVariable String imageId) {
    // The item is looked up in the bank: the path never comes from the request.
    Resource file = new FileSystemResource(learning.imageFile(source + "/" + imageId));
    return ResponseEntity.ok()
        .contentType(MediaType.IMAGE_JPEG)
        .cacheControl(CacheControl.noStore())
        .body(file);
  }

  private void addQuestion(ImageSource source, Model model) {
    model.addAttribute("guides", guides());
    model.addAttribute("shownAt", Instant.now().toEpochMilli());
    learning
        .nextImage(CurrentUser.username(), source)
        .ifPresent(q -> model.addAttribute("question", q));
  }

  private Map<LesionClass, ClassGuide> guides() {
    Map<LesionClass, ClassGuide> guides = new EnumMap<>(LesionClass.class);
    for (LesionClass c : LesionClass.values()) {
      guides.put(c, learning.guide(c));
    }
    return guides;
  }

  private static ImageSource source(String folder) {
    ImageSource s = ImageSource.ofFolder(folder);
    if (s == null) {
      throw new NotFoundException("DERM-0603", "No image set " + folder);
    }
    return s;
  }
}
