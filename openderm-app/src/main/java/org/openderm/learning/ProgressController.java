package org.openderm.learning;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openderm.security.CurrentUser;
import org.openderm.system.FormFeedback;
import org.openderm.system.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The learner's dashboard: progress, charts, confusion matrix, items due, settings, export. */
@Controller
class ProgressController {

  private final LearningService learning;
  private final MessageSource messages;

  ProgressController(LearningService learning, MessageSource messages) {
    this.learning = learning;
    this.messages = messages;
  }

  @GetMapping("/learning")
  String dashboard(Model model, Locale locale) {
    String username = CurrentUser.username();
    ProgressReport report = learning.progress(username);
    model.addAttribute("report", report);
    model.addAttribute("confusion", ConfusionView.of(report.confusion()));
    model.addAttribute("settings", learning.settings(username));
    model.addAttribute("bankSizes", learning.bankSizes());
    model.addAttribute("aiAvailable", learning.aiAvailable());
    model.addAttribute(
        "topicChart",
        ProgressCharts.byTopic(
            report,
            t -> topicLabel(t, locale),
            messages.getMessage("learning.progress.accuracy", null, locale)));
    model.addAttribute("weeklyChart", ProgressCharts.weekly(report, t -> topicLabel(t, locale)));
    return "learning/dashboard";
  }

  /** Saves the settings; refused ones come back on the form, explained, with what was typed. */
  @PostMapping("/learning/settings")
  String settings(
      @RequestParam(defaultValue = "") String desiredRetention,
      @RequestParam(defaultValue = "") String timeZone,
      RedirectAttributes redirect,
      Locale locale) {
    try {
      double retention;
      try {
        retention = Double.parseDouble(desiredRetention);
      } catch (NumberFormatException e) {
        throw new InvalidInputException("desiredRetention", "must be a number");
      }
      learning.updateSettings(CurrentUser.username(), retention, timeZone);
    } catch (InvalidInputException e) {
      Map<String, String> typed = new LinkedHashMap<>();
      typed.put("desiredRetention", desiredRetention);
      typed.put("timeZone", timeZone);
      return FormFeedback.of("learning-settings", e, "learning.settings", typed, messages, locale)
          .back(redirect, "/learning#learning-settings");
    }
    return "redirect:/learning";
  }

  @GetMapping("/learning/progress.csv")
  void csv(HttpServletResponse response) throws IOException {
    response.setContentType("text/csv");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"openderm-progress.csv\"");
    learning.exportCsv(CurrentUser.username(), response.getWriter());
  }

  /** A topic's short name: the class for an image topic, the case topic otherwise. */
  String topicLabel(String topic, Locale locale) {
    String key = LesionClass.ofCode(topic) != null ? "learning.class." : "learning.topic.";
    return messages.getMessage(key + topic, null, topic, locale);
  }
}
