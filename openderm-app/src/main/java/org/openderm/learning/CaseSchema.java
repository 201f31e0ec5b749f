package org.openderm.learning;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.openderm.system.Violation;

/**
 * The rules every clinical case file must keep, checked when the cases load and by the schema test:
 * both languages everywhere, the four reasoning steps, options with unique ids, right answers among
 * them, an explanation per step and at least one reference.
 */
final class CaseSchema {

  /** The topics a case may have; the themes plus the ones they border on. */
  static final Set<String> TOPICS =
      Set.of(
          "atopic-dermatitis",
          "alopecia-areata",
          "urticaria",
          "acne",
          "psoriasis",
          "melanoma",
          "keratinocyte-cancer",
          "travel-fever-rash",
          "drug-eruption");

  /** The tags a case may carry besides its topic. */
  static final Set<String> TAGS =
      Set.of("skin-of-colour", "child", "pregnancy", "emergency", "infection", "biologic");

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MIN_OPTIONS = 3;

  private CaseSchema() {}

  /** Every broken rule of {@code c}, as field paths; empty when the case is valid. */
  static List<Violation> validate(ClinicalCase c) {
    List<Violation> v = new ArrayList<>();
    if (c.id() == null || !ID.matcher(c.id()).matches()) {
      v.add(new Violation("id", "must be lower-case words joined by hyphens"));
    }
    if (c.topic() == null || !TOPICS.contains(c.topic())) {
      v.add(new Violation("topic", "must be one of " + TOPICS));
    }
    if (c.tags() != null && !TAGS.containsAll(c.tags())) {
      v.add(new Violation("tags", "must be among " + TAGS));
    }
    text(v, "title", c.title());
    text(v, "history", c.history());
    text(v, "examination", c.examination());
    if (c.references() == null
        || c.references().isEmpty()
        || c.references().stream().anyMatch(r -> r == null || r.isBlank())) {
      v.add(new Violation("references", "at least one reference, none blank"));
    }
    steps(v, c.steps());
    return v;
  }

  private static void steps(List<Violation> v, List<ClinicalCase.Step> steps) {
    if (steps == null || steps.isEmpty()) {
      v.add(new Violation("steps", "a case has steps"));
      return;
    }
    Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
    for (int i = 0; i < steps.size(); i++) {
      ClinicalCase.Step s = steps.get(i);
      String at = "steps[" + i + "]";
      if (s == null || s.kind() == null) {
        v.add(new Violation(at + ".kind", "must be one of " + EnumSet.allOf(StepKind.class)));
        continue;
      }
      kinds.add(s.kind());
      text(v, at + ".question", s.question());
      text(v, at + ".explanation", s.explanation());
      options(v, at, s);
    }
    if (!kinds.containsAll(EnumSet.allOf(StepKind.class))) {
      v.add(
          new Violation("steps", "must include every step kind: " + EnumSet.allOf(StepKind.class)));
    }
  }

  private static void options(List<Violation> v, String at, ClinicalCase.Step s) {
    if (s.options() == null || s.options().size() < MIN_OPTIONS) {
      v.add(new Violation(at + ".options", "at least " + MIN_OPTIONS + " options"));
      return;
    }
    Set<String> ids = new HashSet<>();
    for (int j = 0; j < s.options().size(); j++) {
      ClinicalCase.Option o = s.options().get(j);
      String oat = at + ".options[" + j + "]";
      if (o == null || o.id() == null || o.id().isBlank() || !ids.add(o.id())) {
        v.add(new Violation(oat + ".id", "must be present and unique in the step"));
        continue;
      }
      text(v, oat + ".text", o.text());
    }
    if (s.correct() == null || s.correct().isEmpty() || !ids.containsAll(s.correct())) {
      v.add(new Violation(at + ".correct", "must name one or more of the step's option ids"));
    } else if (!s.multiple() && s.correct().size() != 1) {
      v.add(new Violation(at + ".correct", "a single-answer step has exactly one right option"));
    } else if (s.correct().size() == ids.size()) {
      v.add(new Violation(at + ".correct", "at least one option must be wrong"));
    }
  }

  private static void text(List<Violation> v, String field, Text t) {
    if (t == null || !t.complete()) {
      v.add(new Violation(field, "needs non-blank French (fr) and English (en)"));
    }
  }
}
