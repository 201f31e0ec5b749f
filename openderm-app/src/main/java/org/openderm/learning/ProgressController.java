package org.openderm.learning;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.openderm.security.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

  @PostMapping("/learning/settings")
  String settings(@RequestParam double desiredRetention, @RequestParam String timeZone) {
    learning.updateSettings(CurrentUser.username(), desiredRetention, timeZone);
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
