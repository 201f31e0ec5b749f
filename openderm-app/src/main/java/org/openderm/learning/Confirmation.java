package org.openderm.learning;

import java.util.Locale;

/**
 * How the ground truth of a teaching image was established, as its data set records it.
 *
 * <p>Only {@link #HISTOPATHOLOGY} is a tissue diagnosis; a learner is told which kind of truth an
 * answer was marked against.
 */
public enum Confirmation {
  HISTOPATHOLOGY,
  FOLLOW_UP,
  CONSENSUS,
  CONFOCAL,
  NOT_STATED,
  ;

  /**
   * Reads HAM10000's {@code dx_type} ({@code histo}, {@code follow_up}, {@code consensus}, {@code
   * confocal}) or ISIC's {@code diagnosis_confirm_type} ({@code histopathology} or blank).
   */
  static Confirmation parse(String raw) {
    String v = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "histo", "histopathology" -> HISTOPATHOLOGY;
      case "follow_up", "follow-up" -> FOLLOW_UP;
      case "consensus" -> CONSENSUS;
      case "confocal" -> CONFOCAL;
      default -> NOT_STATED;
    };
  }
}
