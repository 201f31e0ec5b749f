package org.openderm.ml.quality;

import java.util.Locale;
import java.util.Objects;

/**
 * One reason a photo is not good enough for automatic analysis, with the key of the message that
 * tells the user how to retake it.
 *
 * @param code the stable issue code, for example {@code BLURRED}
 * @param messageKey the i18n key of the user message, for example {@code photo.quality.blurred}
 */
public record QualityIssue(QualityIssue.Code code, String messageKey) {

  /** What can be wrong with a photo, in the order the verdict lists them. */
  public enum Code {
    /** Short side under {@link QualityThresholds#minShortSide()}: too few pixels for analysis. */
    RESOLUTION_LOW,
    /** Out of focus or moved during the exposure. */
    BLURRED,
    /** Too dark: detail lost in the shadows. */
    UNDEREXPOSED,
    /** Too bright: detail lost in clipped highlights. */
    OVEREXPOSED,
    /** The skin's or the light's colour is implausible: wrong white balance or coloured light. */
    COLOUR_CAST,
    /** The lesion is far from the centre of the frame. */
    LESION_OFF_CENTRE,
    /** The lesion runs off the edge of the frame. */
    LESION_CUT_OFF,
    /** The lesion fills too little of the frame: come closer or zoom in. */
    LESION_TOO_SMALL;

    /** The i18n key of this issue's user message. */
    public String messageKey() {
      return "photo.quality." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public QualityIssue {
    Objects.requireNonNull(code);
    Objects.requireNonNull(messageKey);
  }

  static QualityIssue of(Code code) {
    return new QualityIssue(code, code.messageKey());
  }
}
