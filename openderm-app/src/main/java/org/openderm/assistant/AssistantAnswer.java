package org.openderm.assistant;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * The assistant's reply, in the shape of {@code POST /api/v1/assistant/ask} (DESIGN §4).
 *
 * @param answer the text shown to the person: what to do now (if a red flag matched), the refusal
 *     (if any), general information with numbered citation marks, and the not-a-diagnosis line
 * @param citations the articles the answer draws on, in the order of their marks; empty when the
 *     knowledge base has no good answer
 * @param urgency how soon to act, from the red-flag rules; {@code none} when no rule matched
 * @param refused whether the question asked for something the assistant must not do (diagnose, set
 *     or change a dose, stop a treatment)
 * @param refusalReason why, in the answer's language; {@code null} when not refused
 * @param redFlags the red-flag rules that fired, most urgent first, each with the words that fired
 *     it and the source of its advice: the alert explains itself
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AssistantAnswer(
    String answer,
    List<Citation> citations,
    Urgency urgency,
    boolean refused,
    String refusalReason,
    List<RedFlag> redFlags) {

  public AssistantAnswer {
    Objects.requireNonNull(answer);
    citations = List.copyOf(citations);
    Objects.requireNonNull(urgency);
    redFlags = List.copyOf(redFlags);
  }

  /**
   * A red flag that fired.
   *
   * @param id the rule's id in {@code knowledge/safety/red-flags.json}
   * @param urgency the rule's urgency
   * @param words the words of the question that fired it (folded: lower case, no accents)
   * @param source the guideline or label the advice rests on
   */
  public record RedFlag(String id, Urgency urgency, List<String> words, String source) {

    public RedFlag {
      words = List.copyOf(words);
    }
  }
}
