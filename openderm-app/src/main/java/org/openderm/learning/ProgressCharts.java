package org.openderm.learning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chart.js configurations for the progress dashboard, built on the server and handed to the page as
 * JSON in a data attribute (the CSP forbids inline scripts).
 */
final class ProgressCharts {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ProgressCharts() {}

  /** A bar chart of accuracy (%) per topic. */
  static String byTopic(ProgressReport report, Function<String, String> label, String title) {
    List<String> labels = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    for (ProgressReport.TopicAccuracy t : report.byTopic()) {
      labels.add(label.apply(t.topic()) + " (" + t.answered() + ")");
      values.add(Math.round(100 * t.accuracy()));
    }
    Map<String, Object> dataset = new LinkedHashMap<>();
    dataset.put("label", title);
    dataset.put("data", values);
    return JSON.writeValueAsString(
        Map.of(
            "type", "bar",
            "data", Map.of("labels", labels, "datasets", List.of(dataset)),
            "options", percentAxis("y")));
  }

  /** A line per topic: accuracy (%) per week, gaps where the topic was not practised. */
  static String weekly(ProgressReport report, Function<String, String> label) {
    TreeSet<LocalDate> weeks = new TreeSet<>();
    Map<String, Map<LocalDate, Long>> byTopic = new LinkedHashMap<>();
    for (ProgressReport.WeekAccuracy w : report.weekly()) {
      weeks.add(w.weekStart());
      byTopic
          .computeIfAbsent(w.topic(), t -> new LinkedHashMap<>())
          .put(w.weekStart(), Math.round(100 * w.accuracy()));
    }
    List<Map<String, Object>> datasets = new ArrayList<>();
    byTopic.forEach(
        (topic, points) -> {
          List<Long> data = new ArrayList<>();
          weeks.forEach(w -> data.add(points.get(w)));
          Map<String, Object> ds = new LinkedHashMap<>();
          ds.put("label", label.apply(topic));
          ds.put("data", data);
          ds.put("spanGaps", true);
          datasets.add(ds);
        });
    List<String> labels = weeks.stream().map(LocalDate::toString).toList();
    return JSON.writeValueAsString(
        Map.of(
            "type", "line",
            "data", Map.of("labels", labels, "datasets", datasets),
            "options", percentAxis("y")));
  }

  private static Map<String, Object> percentAxis(String axis) {
    return Map.of(
        "responsive", true,
        "animation", false,
        "scales", Map.of(axis, Map.of("min", 0, "max", 100)));
  }
}
