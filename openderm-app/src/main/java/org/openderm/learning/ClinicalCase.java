package org.openderm.learning;

import java.util.List;
import java.util.Set;

/**
 * A clinical case vignette, written by OpenDerm for teaching, in French and English.
 *
 * <p>Fictional patients: no case describes a real person. Each case cites the guidelines and papers
 * its answers rest on; the content is for teaching and does not replace them.
 *
 * @param id stable id, also the file name ({@code learning/cases/<id>.json})
 * @param topic the main topic, one of {@link CaseSchema#TOPICS}
 * @param tags further themes, such as {@code skin-of-colour}
 * @param title short title, which must not give the diagnosis away
 * @param history the history as the patient tells it
 * @param examination the examination findings
 * @param steps the questions, in order
 * @param references full citations
 */
public record ClinicalCase(
    String id,
    String topic,
    Set<String> tags,
    Text title,
    Text history,
    Text examination,
    List<Step> steps,
    List<String> references) {

  /**
   * One question of a case.
   *
   * @param kind which reasoning step it trains
   * @param question the question
   * @param multiple whether several options are right (then all of them must be chosen)
   * @param options the options, each with a short id
   * @param correct the ids of the right options
   * @param explanation why those are right and the others are not
   */
  public record Step(
      StepKind kind,
      Text question,
      boolean multiple,
      List<Option> options,
      Set<String> correct,
      Text explanation) {}

  /**
   * One answer option.
   *
   * @param id short id, unique within the step, such as {@code a}
   * @param text the option
   */
  public record Option(String id, Text text) {}
}
