package org.openderm.learning;

import java.util.List;

/**
 * What a learner is shown about a diagnostic class after answering an image item: its key
 * dermoscopic clues and the diagnoses most often confused with it, with the references they come
 * from.
 *
 * @param lesionClass the class
 * @param name its name
 * @param clues the key dermoscopic clues, most telling first
 * @param confusedWith the classes most often confused with it, and why
 * @param references full citations
 */
public record ClassGuide(
    LesionClass lesionClass,
    Text name,
    List<Text> clues,
    List<Confusion> confusedWith,
    List<String> references) {

  /**
   * A class often confused with another one.
   *
   * @param lesionClass the look-alike
   * @param why what makes them alike
   */
  public record Confusion(LesionClass lesionClass, Text why) {}
}
