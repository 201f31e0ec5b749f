package org.openderm.system.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Instrument inputs (DESIGN §4) that produce a wanted score, so that the stories can be written as
 * a course of totals. The scores themselves are always computed by the instruments when recorded.
 */
final class DemoInputs {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> SIGNS =
      List.of(
          "erythema",
          "oedemaPapulation",
          "oozingCrusts",
          "excoriations",
          "lichenification",
          "dryness");

  private DemoInputs() {}

  /**
   * A SCORAD or PO-SCORAD input near {@code total} (0..103): intensity and symptoms grow with the
   * total, the extent makes up the rest (A/5 + 7B/2 + C, Stalder JF et al., Allergy
   * 2011;66:1114-21).
   */
  static JsonNode scorad(double total) {
    double f = Math.max(0, Math.min(1, total / 103));
    int intensity = (int) Math.round(18 * f);
    int symptoms = (int) Math.round(20 * f);
    double extent = Math.max(0, Math.min(100, 5 * (total - 3.5 * intensity - symptoms)));
    Map<String, Object> signs = new LinkedHashMap<>();
    for (int i = 0; i < SIGNS.size(); i++) {
      // Spread the intensity over the six signs, dryness and erythema first.
      int order = (i + 5) % SIGNS.size();
      signs.put(SIGNS.get(i), Math.min(3, intensity / 6 + (order < intensity % 6 ? 1 : 0)));
    }
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("extentPercent", Math.round(extent));
    input.put("intensity", signs);
    input.put("itch", (symptoms + 1) / 2);
    input.put("sleeplessness", symptoms / 2);
    return JSON.valueToTree(input);
  }

  /** A SCORAD near {@code total} with the whole-body extent given (an infant's visit score). */
  static JsonNode scoradWithExtent(double total, double extentPercent) {
    double rest = Math.max(0, total - extentPercent / 5);
    int symptoms = (int) Math.round(Math.min(20, rest * 0.4));
    int intensity = (int) Math.round(Math.min(18, (rest - symptoms) / 3.5));
    Map<String, Object> signs = new LinkedHashMap<>();
    for (int i = 0; i < SIGNS.size(); i++) {
      int order = (i + 5) % SIGNS.size();
      signs.put(SIGNS.get(i), Math.min(3, intensity / 6 + (order < intensity % 6 ? 1 : 0)));
    }
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("extentPercent", Math.round(extentPercent));
    input.put("intensity", signs);
    input.put("itch", (symptoms + 1) / 2);
    input.put("sleeplessness", symptoms / 2);
    return JSON.valueToTree(input);
  }

  /** A POEM with seven answers (0..4 each) summing to about {@code total} (0..28). */
  static JsonNode poem(int total) {
    int t = Math.max(0, Math.min(28, total));
    int[] answers = new int[7];
    for (int i = 0; i < 7; i++) {
      answers[i] = t / 7 + (i < t % 7 ? 1 : 0);
    }
    return JSON.valueToTree(Map.of("answers", answers));
  }

  /** A SALT input: the same percentage of hair loss in the four scalp regions. */
  static JsonNode salt(double loss) {
    return JSON.valueToTree(
        Map.of(
            "regions",
            Map.of("vertex", loss, "posterior", loss, "rightSide", loss, "leftSide", loss)));
  }

  /** A PASI input with the same area (0..100 %) and sign grades (0..4) in the four regions. */
  static JsonNode pasi(int areaPercent, int erythema, int induration, int desquamation) {
    Map<String, Object> region =
        Map.of(
            "areaPercent",
            areaPercent,
            "erythema",
            erythema,
            "induration",
            induration,
            "desquamation",
            desquamation);
    return JSON.valueToTree(
        Map.of(
            "regions",
            Map.of("head", region, "upperLimbs", region, "trunk", region, "lowerLimbs", region)));
  }

  /** A DLQI with ten answers (0..3 each) summing to {@code total} (0..30). */
  static JsonNode dlqi(int total) {
    int t = Math.max(0, Math.min(30, total));
    int[] answers = new int[10];
    for (int i = 0; i < 10; i++) {
      answers[i] = t / 10 + (i < t % 10 ? 1 : 0);
    }
    return JSON.valueToTree(Map.of("answers", answers));
  }
}
