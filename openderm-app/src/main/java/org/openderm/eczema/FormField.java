package org.openderm.eczema;

import java.util.List;

/**
 * One input of a calculator or diary form, rendered by {@code eczema/form.html} and read by {@code
 * eczema.js} into the instrument's JSON by its path.
 *
 * @param path where the value goes in the JSON input ({@code intensity.erythema}, {@code
 *     answers.3}, {@code days.0.itch})
 * @param labelKey message key of the label; {@code key|arg} passes one argument, {@code =text} is
 *     literal text
 * @param helpKey message key of a help line, or null
 * @param kind {@code choice} (radio buttons), {@code select}, {@code number}, {@code slider}
 * @param options the choices for {@code choice} and {@code select}
 * @param min the smallest value (number, slider)
 * @param max the largest value (number, slider)
 * @param step the increment (number, slider)
 * @param group a heading key for a group of fields, or null
 */
public record FormField(
    String path,
    String labelKey,
    String helpKey,
    String kind,
    List<Option> options,
    String min,
    String max,
    String step,
    String group) {

  /**
   * A choice.
   *
   * @param value the JSON value ({@code ""} for unanswered)
   * @param labelKey message key of its label (or {@code =text})
   */
  public record Option(String value, String labelKey) {}

  /** The field's HTML id (paths contain dots). */
  public String id() {
    return "f-" + path.replace('.', '-');
  }
}
