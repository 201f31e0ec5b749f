package org.openderm.decision;

/**
 * One piece of advice for the clinician, in one language.
 *
 * @param uuid identifies this card instance, for accept/dismiss feedback
 * @param ruleId the rule that produced it (stable across requests)
 * @param indicator critical, warning or info
 * @param summary one line, under 140 characters
 * @param detail what to do and why, in Markdown, with this patient's data
 * @param source where the advice comes from
 */
public record Card(
    String uuid, String ruleId, Indicator indicator, String summary, String detail, Source source) {

  /**
   * The label or guideline a card rests on.
   *
   * @param label the document and its date
   * @param url where to read it, may be null
   * @param date the date of the version used (ISO, year-month at least)
   */
  public record Source(String label, String url, String date) {}
}
