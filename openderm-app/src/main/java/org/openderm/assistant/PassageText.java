package org.openderm.assistant;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a Markdown passage into plain answer text, without dosing statements and of bounded length.
 *
 * <p>The assistant must never dose: an article may state a labelled dose for context, but a
 * sentence with an amount of medicine (mg, mg/kg, µg, IU, tablets a day) is dropped from answers so
 * that the person is sent to the prescriber instead.
 */
final class PassageText {

  static final Pattern DOSE =
      Pattern.compile(
          "\\d+(?:[.,]\\d+)?\\s*(?:mg|milligram\\w*|milligramme\\w*|µg|mcg|microgram\\w*|"
              + "ui|iu|comprimés?|tablets?|capsules?|gélules?|cachets?)\\b"
              + "|\\bmg/kg\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MARKDOWN =
      Pattern.compile("\\*\\*|__|`|^\\s*[-*+] |^#+ ", Pattern.MULTILINE);
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
  private static final int MAX_CHARS = 650;

  private PassageText() {}

  /** Plain text of a passage, dose sentences removed, cut at a sentence end near the limit. */
  static String plain(String markdown, Language language) {
    String text = LINK.matcher(markdown).replaceAll("$1");
    text = MARKDOWN.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
    Locale locale = language.locale();
    BreakIterator sentences = BreakIterator.getSentenceInstance(locale);
    sentences.setText(text);
    StringBuilder out = new StringBuilder();
    int start = sentences.first();
    for (int end = sentences.next();
        end != BreakIterator.DONE;
        start = end, end = sentences.next()) {
      String sentence = text.substring(start, end).strip();
      if (DOSE.matcher(sentence).find()) {
        continue;
      }
      if (out.length() > 0 && out.length() + sentence.length() > MAX_CHARS) {
        break;
      }
      out.append(out.length() > 0 ? " " : "").append(sentence);
    }
    return out.toString();
  }
}
