package org.openderm.assistant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Red flags and refusals as data: which situations need action now, and which requests the
 * assistant must decline (diagnosis, dosing, stopping a treatment).
 *
 * <p>Red flags are checked first and every matching one is reported, the most urgent first, so that
 * "what to do now" opens the answer whatever else was asked.
 */
final class SafetyRules {

  static final String FOLDER = "knowledge/safety";

  private final ConceptFinder finder;
  private final Rewrites rewrites;
  private final List<SafetyRule> redFlags;
  private final List<SafetyRule> refusals;

  SafetyRules(
      Lexicon lexicon, Rewrites rewrites, List<SafetyRule> redFlags, List<SafetyRule> refusals) {
    this.finder = new ConceptFinder(lexicon);
    this.rewrites = rewrites;
    this.redFlags =
        redFlags.stream().sorted(Comparator.comparing(SafetyRule::urgency).reversed()).toList();
    this.refusals = List.copyOf(refusals);
    for (SafetyRule rule : concat(redFlags, refusals)) {
      rule.patterns().stream()
          .flatMap(List::stream)
          .flatMap(List::stream)
          .map(concept -> concept.startsWith("!") ? concept.substring(1) : concept)
          .filter(concept -> lexicon.phrases(concept).isEmpty())
          .findFirst()
          .ifPresent(
              c -> {
                throw new InvalidKnowledgeException(rule.id(), "unknown concept " + c);
              });
    }
  }

  /** Loads the rules and the FR/EN synonym and negation files. */
  static SafetyRules load(ClasspathContent content) {
    Map<String, String> files = new LinkedHashMap<>();
    for (String name : List.of("synonyms.fr.txt", "synonyms.en.txt", "negation.txt")) {
      files.put(name, content.require(FOLDER + "/" + name));
    }
    String rewrites = FOLDER + "/rewrites.txt";
    return new SafetyRules(
        Lexicon.parse(files),
        Rewrites.parse(rewrites, content.require(rewrites)),
        rules(content, "red-flags.json", true),
        rules(content, "refusals.json", false));
  }

  /** The matching red flags, most urgent first. */
  List<SafetyRule> redFlags(String question) {
    List<String> tokens = rewrites.apply(Text.tokens(question));
    List<SafetyRule> matched = redFlags.stream().filter(r -> r.matches(finder, tokens)).toList();
    List<String> superseded = matched.stream().flatMap(r -> r.supersedes().stream()).toList();
    return matched.stream().filter(r -> !superseded.contains(r.id())).toList();
  }

  /** The first matching refusal, if any. */
  Optional<SafetyRule> refusal(String question) {
    List<String> tokens = rewrites.apply(Text.tokens(question));
    return refusals.stream().filter(r -> r.matches(finder, tokens)).findFirst();
  }

  List<SafetyRule> allRedFlags() {
    return redFlags;
  }

  List<SafetyRule> allRefusals() {
    return refusals;
  }

  private static List<SafetyRule> concat(List<SafetyRule> a, List<SafetyRule> b) {
    List<SafetyRule> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static List<SafetyRule> rules(ClasspathContent content, String name, boolean redFlag) {
    String file = FOLDER + "/" + name;
    JsonNode root;
    try {
      root = JsonMapper.builder().build().readTree(content.require(file));
    } catch (RuntimeException e) {
      throw new InvalidKnowledgeException(file, "not valid JSON", e);
    }
    List<SafetyRule> rules = new ArrayList<>();
    for (JsonNode node : root.path("rules")) {
      String id = node.path("id").asString("");
      if (id.isBlank()) {
        throw new InvalidKnowledgeException(file, "a rule has no id");
      }
      Urgency urgency = redFlag ? Urgency.of(node.path("urgency").asString("none")) : Urgency.NONE;
      Map<Language, String> message = texts(file, id, node.path(redFlag ? "advice" : "reason"));
      Map<Language, String> who = redFlag ? Map.of() : texts(file, id, node.path("whoToAsk"));
      rules.add(
          new SafetyRule(
              id,
              urgency,
              patterns(file, id, node.path("patterns")),
              message,
              who,
              strings(node.path("articles")),
              strings(node.path("supersedes"))));
    }
    return rules;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(a -> out.add(a.asString()));
    return out;
  }

  private static List<List<List<String>>> patterns(String file, String id, JsonNode node) {
    List<List<List<String>>> patterns = new ArrayList<>();
    for (JsonNode pattern : node) {
      List<List<String>> groups = new ArrayList<>();
      for (JsonNode group : pattern) {
        groups.add(Arrays.stream(group.asString().split("\\|")).map(String::strip).toList());
      }
      patterns.add(groups);
    }
    if (patterns.isEmpty()) {
      throw new InvalidKnowledgeException(file, id + " has no patterns");
    }
    return patterns;
  }

  private static Map<Language, String> texts(String file, String id, JsonNode node) {
    Map<Language, String> texts = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String text = node.path(language.code()).asString("");
      if (text.isBlank()) {
        throw new InvalidKnowledgeException(file, id + " has no " + language.code() + " text");
      }
      texts.put(language, text);
    }
    return texts;
  }
}
