package org.openderm.decision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openderm.decision.LabConditions.LabBelow;
import org.openderm.decision.LabConditions.LabMissing;
import org.openderm.decision.LabConditions.MonitoringDue;
import org.openderm.decision.MedicationConditions.DrugSelector;
import org.openderm.decision.MedicationConditions.StatusFilter;
import org.openderm.decision.PatientConditions.AgeAtLeast;
import org.openderm.decision.PatientConditions.HasCondition;
import org.openderm.decision.PatientConditions.PregnancyPossible;
import org.openderm.decision.PatientConditions.Pregnant;
import org.openderm.decision.PatientConditions.ScoreIn;
import org.openderm.decision.PatientConditions.SmokingIn;
import org.openderm.decision.PatientContext.Smoking;
import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code when} part of a rule file into {@link Condition}s. Each JSON object holds one
 * operator, such as {@code {"takes": {"classes": ["jak-inhibitor"], "status": "draft"}}}; an
 * unknown operator fails the load, so a typo in a rule file is found at start-up, not missed at the
 * bedside.
 */
final class ConditionParser {

  private ConditionParser() {}

  static Condition parse(JsonNode node) {
    if (node == null || !node.isObject() || node.size() != 1) {
      throw new IllegalArgumentException("a condition is an object with one operator: " + node);
    }
    Map.Entry<String, JsonNode> op = node.properties().iterator().next();
    JsonNode arg = op.getValue();
    return switch (op.getKey()) {
      case "allOf" -> new Condition.AllOf(list(arg));
      case "anyOf" -> new Condition.AnyOf(list(arg));
      case "not" -> new Condition.Not(parse(arg));
      default -> leaf(op.getKey(), arg);
    };
  }

  private static Condition leaf(String op, JsonNode arg) {
    return switch (op) {
      case "takes" -> new MedicationConditions.Takes(selector(arg));
      case "schedule" ->
          new MedicationConditions.Schedule(
              selector(arg),
              number(arg, "minIntervalDays"),
              number(arg, "maxIntervalDays"),
              arg.path("unknown").asBoolean(false));
      case "supplyOver" ->
          new MedicationConditions.SupplyOver(selector(arg), arg.required("days").asInt());
      case "vaccine" ->
          new MedicationConditions.Vaccine(
              arg.has("live") ? arg.get("live").asBoolean() : null,
              strings(arg.path("vaccines")),
              status(arg),
              arg.has("withinDays") ? arg.get("withinDays").asInt() : null);
      case "treatedLongerThan" ->
          new MedicationConditions.TreatedLongerThan(selector(arg), arg.required("days").asInt());
      case "dailyDose" ->
          new MedicationConditions.DailyDose(
              selector(arg),
              arg.required("atLeastMg").asDouble(),
              arg.path("prednisoneEquivalent").asBoolean(false),
              arg.path("forDays").asInt(0));
      case "dosePerKgAbove" ->
          new MedicationConditions.DosePerKgAbove(
              selector(arg), arg.required("mgPerKg").asDouble());
      case "ageAtLeast" -> new AgeAtLeast(arg.asInt());
      case "ageBelow" -> new PatientConditions.AgeBelow(arg.asInt());
      case "pregnancyPossible" -> new PregnancyPossible(arg.asBoolean());
      case "pregnant" -> new Pregnant();
      case "smoking" -> new SmokingIn(smoking(arg));
      case "hasCondition" -> new HasCondition(strings(arg));
      case "score" ->
          new ScoreIn(
              arg.required("name").asString().toUpperCase(Locale.ROOT),
              number(arg, "atLeast"),
              number(arg, "below"));
      case "labBelow" ->
          new LabBelow(arg.required("group").asString(), arg.required("value").asDouble());
      case "labAtLeast" ->
          new LabConditions.LabAtLeast(
              arg.required("group").asString(), arg.required("value").asDouble());
      case "labMissing" ->
          new LabMissing(
              orderedStrings(arg.required("groups")), arg.required("withinDays").asInt());
      case "monitoringDue" ->
          new MonitoringDue(
              selector(arg),
              arg.required("group").asString(),
              arg.required("afterWeeks").asInt(),
              arg.path("windowWeeks").asInt(4));
      default -> throw new IllegalArgumentException("unknown condition operator " + op);
    };
  }

  private static List<Condition> list(JsonNode arg) {
    if (!arg.isArray() || arg.isEmpty()) {
      throw new IllegalArgumentException("allOf/anyOf take a non-empty array: " + arg);
    }
    List<Condition> all = new ArrayList<>();
    for (JsonNode n : arg) {
      all.add(parse(n));
    }
    return all;
  }

  private static DrugSelector selector(JsonNode arg) {
    return new DrugSelector(strings(arg.path("drugs")), strings(arg.path("classes")), status(arg));
  }

  private static StatusFilter status(JsonNode arg) {
    return StatusFilter.valueOf(arg.path("status").asString("any").toUpperCase(Locale.ROOT));
  }

  private static Set<Smoking> smoking(JsonNode arg) {
    Set<Smoking> all = new LinkedHashSet<>();
    for (String s : strings(arg)) {
      all.add(Smoking.valueOf(s.toUpperCase(Locale.ROOT)));
    }
    return Set.copyOf(all);
  }

  private static Set<String> strings(JsonNode arg) {
    return Set.copyOf(orderedStrings(arg));
  }

  private static List<String> orderedStrings(JsonNode arg) {
    List<String> all = new ArrayList<>();
    if (arg != null && arg.isArray()) {
      for (JsonNode n : arg) {
        all.add(n.asString());
      }
    }
    return List.copyOf(all);
  }

  private static Double number(JsonNode arg, String field) {
    JsonNode n = arg.get(field);
    return n == null || n.isNull() ? null : n.asDouble();
  }
}
