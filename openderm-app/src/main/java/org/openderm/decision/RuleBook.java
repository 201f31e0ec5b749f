package org.openderm.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decision rules, read from the data files {@code rules/*.json} on the class path.
 *
 * <p>Every rule must carry an id, at least one hook, an indicator, a condition, a summary and a
 * detail in English and French, and a source with its date; a file breaking this fails the load
 * with the rule's id, so that an incomplete rule never reaches a clinician.
 */
public final class RuleBook {

  private static final int MAX_SUMMARY = 140;

  private final List<Rule> rules;

  RuleBook(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Loads every {@code rules/*.json} file on the class path. */
  public static RuleBook load() {
    JsonMapper json = JsonMapper.builder().build();
    List<Rule> all = new ArrayList<>();
    try {
      Resource[] files =
          new PathMatchingResourcePatternResolver().getResources("classpath*:rules/*.json");
      for (Resource file : files) {
        try (InputStream in = file.getInputStream()) {
          for (JsonNode node : json.readTree(in).required("rules")) {
            all.add(rule(node));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> ids = new HashSet<>();
    for (Rule r : all) {
      if (!ids.add(r.id())) {
        throw new IllegalStateException("duplicate rule id " + r.id());
      }
    }
    return new RuleBook(all);
  }

  /** The rules, in file order. */
  List<Rule> rules() {
    return rules;
  }

  private static Rule rule(JsonNode node) {
    String id = node.required("id").asString();
    try {
      Set<Hook> hooks = EnumSet.noneOf(Hook.class);
      for (JsonNode h : node.required("hooks")) {
        hooks.add(
            Hook.fromId(h.asString())
                .orElseThrow(() -> new IllegalArgumentException("unknown hook " + h)));
      }
      if (hooks.isEmpty()) {
        throw new IllegalArgumentException("no hook");
      }
      Indicator indicator =
          Indicator.valueOf(node.required("indicator").asString().toUpperCase(Locale.ROOT));
      Map<String, Rule.Text> texts = new LinkedHashMap<>();
      for (String lang : List.of("en", "fr")) {
        JsonNode t = node.required("card").required(lang);
        String summary = t.required("summary").asString();
        if (summary.isBlank() || summary.length() > MAX_SUMMARY) {
          throw new IllegalArgumentException(lang + " summary empty or over 140 characters");
        }
        texts.put(lang, new Rule.Text(summary, t.required("detail").asString()));
      }
      JsonNode s = node.required("source");
      Card.Source source =
          new Card.Source(
              s.required("label").asString(),
              s.path("url").asString(null),
              s.required("date").asString());
      return new Rule(
          id, hooks, indicator, ConditionParser.parse(node.required("when")), texts, source);
    } catch (RuntimeException e) {
      throw new IllegalStateException("rule " + id + ": " + e.getMessage(), e);
    }
  }
}
