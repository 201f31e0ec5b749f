package org.openderm.assistant;

import java.time.LocalDate;
import java.util.List;

/**
 * One knowledge-base article in one language, as parsed from {@code <id>.<lang>.md}.
 *
 * @param id stable id shared by the French and English versions
 * @param language the version's language
 * @param title the title
 * @param topics topic keys, such as {@code eczema}
 * @param audience {@code patient}, {@code clinician} or {@code all}
 * @param references guidelines, labels and papers the article rests on (at least one)
 * @param reviewed the date of the last medical review
 * @param sections the body, one entry per {@code ## } section
 */
record Article(
    String id,
    Language language,
    String title,
    List<String> topics,
    String audience,
    List<String> references,
    LocalDate reviewed,
    List<Section> sections) {

  Article {
    topics = List.copyOf(topics);
    references = List.copyOf(references);
    sections = List.copyOf(sections);
  }

  /** The references as one citation source string. */
  String source() {
    return String.join("; ", references);
  }

  /**
   * One {@code ## } section of an article's body.
   *
   * @param heading the section heading, without the hashes
   * @param text the section's paragraphs, Markdown kept
   */
  record Section(String heading, String text) {}
}
