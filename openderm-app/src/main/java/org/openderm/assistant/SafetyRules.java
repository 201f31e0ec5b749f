package org.openderm.assistant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  /** A matched red flag and the mentions that made it fire, for the explanation. */
  record Alert(SafetyRule rule, List<ConceptFinder.Mention> evidence) {

    Alert {
      evidence = List.copyOf(evidence);
    }

    /** The words that fired the rule, as the person typed them (folded), without repeats. */
    List<String> words() {
      return evidence.stream().map(ConceptFinder.Mention::words).distinct().toList();
    }
  }

  private static final Set<String> YEARS = Set.of("ans", "an", "years", "year", "yo", "yrs");
  private static final Set<String> MONTHS = Set.of("month", "months", "mo");
  private static final Set<String> AGE_BEFORE = Set.of("is", "m", "am", "aged", "age", "of");
  private static final int SENIOR_AGE = 65;
  private static final int CHILD_AGE = 16;
  private static final int YOUNG_INFANT_MONTHS = 3;
  private static final int CHILD_MONTHS = 36;

  /** The token that stands for an age of {@value #SENIOR_AGE} years or more ("82 ans"). */
  static final String SENIOR = "senior65plus";

  /** The token that stands for a child's age ("my 2 year old", "18 months old"). */
  static final String CHILD = "childunder16";

  /** The token that stands for a body temperature of fever ("38,5", "39 °C", "101.3 F"). */
  static final String FEVER_DEGREES = "feverdegrees";

  private static final Set<String> DEGREE_UNITS = Set.of("c", "degres", "degre", "degrees", "deg");

  /** The token that stands for an age under three months ("2 months old"). */
  static final String YOUNG_INFANT = "infantunder3months";

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
    for (String name : List.of("synonyms.fr.txt", "synonyms.en.txt", "context.txt")) {
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
    return alerts(question).stream().map(Alert::rule).toList();
  }

  /** The matching red flags with the words that fired them, most urgent first. */
  List<Alert> alerts(String question) {
    ConceptFinder.Scan scan = finder.scan(prepare(question));
    List<Alert> matched = new ArrayList<>();
    for (SafetyRule rule : redFlags) {
      rule.match(scan).ifPresent(evidence -> matched.add(new Alert(rule, evidence)));
    }
    List<String> superseded =
        matched.stream().flatMap(a -> a.rule().supersedes().stream()).toList();
    return matched.stream().filter(a -> !superseded.contains(a.rule().id())).toList();
  }

  /** The concept of texts that tell a person to keep taking a medicine or not to stop it. */
  static final String KEEP_TAKING = "keep-taking";

  /**
   * Whether a text tells the reader not to stop a medicine (or to ask first): shown next to a "stop
   * now" alert, it would contradict the leaflet.
   */
  boolean saysKeepTaking(String text) {
    return finder.scan(Text.tokens(text)).affirmed(KEEP_TAKING).isPresent();
  }

  /** The first matching refusal, if any. */
  Optional<SafetyRule> refusal(String question) {
    ConceptFinder.Scan scan = finder.scan(prepare(question));
    return refusals.stream().filter(r -> r.match(scan).isPresent()).findFirst();
  }

  /**
   * Tokens, set phrases rewritten, and ages replaced by a token the synonyms can name: 65 years or
   * more ("82 ans", "she is 80") by {@link #SENIOR}, a child ("my 2 year old") by {@link #CHILD},
   * under three months ("2 months old") by {@link #YOUNG_INFANT}, a fever temperature ("38,3", "39
   * °C") by {@link #FEVER_DEGREES}. Some red flags depend on age (bullous pemphigoid, fever in a
   * young baby), and numbers cannot be written as synonyms.
   */
  List<String> prepare(String question) {
    List<String> tokens = new ArrayList<>(rewrites.apply(Text.tokens(question)));
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (token.isEmpty() || token.length() > 3 || !token.chars().allMatch(Character::isDigit)) {
        continue;
      }
      int n = Integer.parseInt(token);
      String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
      String after = i + 2 < tokens.size() ? tokens.get(i + 2) : "";
      String before = i > 0 ? tokens.get(i - 1) : "";
      boolean decimal = next.length() == 1 && Character.isDigit(next.charAt(0));
      if (n >= 38 && n <= 42 && (decimal || DEGREE_UNITS.contains(next))
          || n >= 100 && n <= 106 && (decimal || next.equals("f"))) {
        tokens.set(i, FEVER_DEGREES);
      } else if (YEARS.contains(next) && n >= SENIOR_AGE
          || AGE_BEFORE.contains(before) && n >= SENIOR_AGE && n <= 120) {
        tokens.set(i, SENIOR);
      } else if (YEARS.contains(next) && after.equals("old") && n < CHILD_AGE) {
        tokens.set(i, CHILD);
      } else if (MONTHS.contains(next) && after.equals("old")) {
        tokens.set(i, n < YOUNG_INFANT_MONTHS ? YOUNG_INFANT : n <= CHILD_MONTHS ? CHILD : token);
      }
    }
    return tokens;
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
      String source = node.path("source").asString("");
      if (redFlag && source.isBlank()) {
        throw new InvalidKnowledgeException(file, id + " has no source");
      }
      String yields = node.path("yieldsTo").asString("");
      rules.add(
          new SafetyRule(
              id,
              urgency,
              patterns(file, id, node.path("patterns")),
              message,
              who,
              strings(node.path("articles")),
              strings(node.path("supersedes")),
              source,
              node.path("stopNow").asBoolean(false),
              yields.isBlank() ? null : Urgency.of(yields)));
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
