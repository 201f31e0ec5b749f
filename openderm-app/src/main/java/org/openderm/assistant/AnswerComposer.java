package org.openderm.assistant;

import static java.util.stream.Collectors.joining;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Predicate;

/**
 * Writes the answer from the safety verdict and the retrieved passages.
 *
 * <p>Order: what to do now (every matched red flag, most urgent first), then the refusal and who to
 * ask, then general information from the best passages with numbered citation marks, then the
 * not-a-diagnosis line. Below the confidence threshold no passage is used and nothing is cited.
 */
final class AnswerComposer {

  private static final int MAX_ARTICLES = 3;
  private static final double RELATIVE_SCORE = 0.6;
  private static final double SECOND_PASSAGE = 0.75;

  private final Threshold threshold;
  private final Rephraser rephraser;

  /**
   * @param threshold when to say "I don't know"
   * @param rephraser applied to the general-information passages only, never to the red-flag
   *     advice, the refusal or the disclaimer
   */
  AnswerComposer(Threshold threshold, Rephraser rephraser) {
    this.threshold = threshold;
    this.rephraser = rephraser;
  }

  Threshold threshold() {
    return threshold;
  }

  /**
   * The articles the answer will cite: those linked to a matched red flag, then confident ones
   * close to the best.
   */
  List<Retriever.ArticleHit> cited(List<Retriever.ArticleHit> hits, boolean refused) {
    Threshold threshold = refused ? this.threshold.afterRefusal() : this.threshold;
    List<Retriever.ArticleHit> cited = new ArrayList<>();
    hits.stream().filter(Retriever.ArticleHit::linked).limit(MAX_ARTICLES).forEach(cited::add);
    List<Retriever.ArticleHit> ranked = hits.stream().filter(h -> !h.linked()).toList();
    if (ranked.isEmpty() || !threshold.accepts(ranked.get(0))) {
      return cited;
    }
    double best = ranked.get(0).score();
    for (Retriever.ArticleHit hit : ranked) {
      if (cited.size() < MAX_ARTICLES
          && hit.confidence() >= threshold.minCoverage()
          && hit.score() >= RELATIVE_SCORE * best) {
        cited.add(hit);
      }
    }
    return cited;
  }

  /** The red flags first, each with the words that fired it and its source. */
  private static void appendAlerts(
      StringBuilder answer,
      ResourceBundle messages,
      Language language,
      List<SafetyRules.Alert> alerts,
      boolean refusalYielded) {
    if (alerts.isEmpty()) {
      return;
    }
    answer.append(messages.getString("assistant.answer.now"));
    for (SafetyRules.Alert alert : alerts) {
      answer
          .append('\n')
          .append(alert.rule().message().get(language))
          .append(' ')
          .append(
              MessageFormat.format(
                  messages.getString("assistant.answer.firedBy"),
                  alert.rule().id(),
                  alert.words().stream().map(w -> quote(w, language)).collect(joining(", ")),
                  alert.rule().source()));
    }
    answer.append("\n\n");
    if (refusalYielded) {
      answer.append(messages.getString("assistant.answer.alertFirst")).append("\n\n");
    }
  }

  /**
   * Safety supersedes refusal: a refusal to talk about stopping or dosing a medicine yields to a
   * red flag whose advice is exactly what to do with the medicine now (pregnancy on a teratogen, a
   * dosing error), so that "I can't tell you to stop" never sits next to "stop it now".
   */
  private static boolean yields(SafetyRule refusal, List<SafetyRule> redFlags) {
    return refusal.yieldsTo() != null
        && redFlags.stream()
            .anyMatch(f -> f.stopNow() && f.urgency().compareTo(refusal.yieldsTo()) >= 0);
  }

  AssistantAnswer compose(
      Language language,
      List<SafetyRules.Alert> alerts,
      Optional<SafetyRule> refusalAsked,
      List<Retriever.ArticleHit> hits,
      Predicate<String> saysKeepTaking) {
    ResourceBundle messages = Messages.bundle(language);
    StringBuilder answer = new StringBuilder();
    List<SafetyRule> redFlags = alerts.stream().map(SafetyRules.Alert::rule).toList();
    Urgency urgency = redFlags.isEmpty() ? Urgency.NONE : redFlags.get(0).urgency();
    Optional<SafetyRule> refusal = refusalAsked.filter(r -> !yields(r, redFlags));
    appendAlerts(answer, messages, language, alerts, refusalAsked.isPresent() && refusal.isEmpty());
    boolean stopNow = redFlags.stream().anyMatch(SafetyRule::stopNow);
    refusal.ifPresent(
        r ->
            answer
                .append(r.message().get(language))
                .append(' ')
                .append(messages.getString("assistant.answer.whoToAsk"))
                .append(' ')
                .append(r.whoToAsk().get(language))
                .append("\n\n"));
    List<Retriever.ArticleHit> cited = cited(hits, refusal.isPresent());
    List<Citation> citations = new ArrayList<>();
    if (cited.isEmpty()) {
      boolean handled = !redFlags.isEmpty() || refusal.isPresent();
      answer.append(
          messages.getString(handled ? "assistant.answer.noGeneral" : "assistant.answer.unknown"));
    } else {
      answer.append(messages.getString("assistant.answer.general"));
      StringBuilder general = new StringBuilder();
      for (Retriever.ArticleHit hit : cited) {
        citations.add(
            new Citation(hit.article().id(), hit.article().title(), hit.article().source()));
        appendPassages(
            general,
            hit,
            citations.size(),
            language,
            hit == cited.get(0),
            stopNow ? saysKeepTaking : text -> false);
      }
      answer.append(rephraser.rephrase(general.toString(), language));
    }
    answer.append("\n\n").append(messages.getString("assistant.answer.disclaimer"));
    return new AssistantAnswer(
        answer.toString(),
        citations,
        urgency,
        refusal.isPresent(),
        refusal.map(r -> r.message().get(language)).orElse(null),
        alerts.stream()
            .map(
                a ->
                    new AssistantAnswer.RedFlag(
                        a.rule().id(), a.rule().urgency(), a.words(), a.rule().source()))
            .toList());
  }

  private static String quote(String words, Language language) {
    return language == Language.FR ? "« " + words + " »" : "\"" + words + "\"";
  }

  /**
   * Appends the best passage (two when the second is nearly as good), leaving out any passage that
   * would contradict a "stop now" alert shown above it ("do not stop without your doctor's
   * advice").
   */
  private static void appendPassages(
      StringBuilder answer,
      Retriever.ArticleHit hit,
      int mark,
      Language language,
      boolean first,
      Predicate<String> contradicts) {
    List<PassageIndex.Hit> passages = hit.passages();
    int count =
        first
                && passages.size() > 1
                && passages.get(1).score() >= SECOND_PASSAGE * passages.get(0).score()
            ? 2
            : 1;
    for (int i = 0; i < count; i++) {
      String text = PassageText.plain(passages.get(i).passage().text(), language);
      if (!text.isEmpty() && !contradicts.test(text)) {
        answer.append("\n- ").append(text).append(" [").append(mark).append(']');
      }
    }
  }
}
