package org.openderm.ml.quality;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;

/**
 * The synthetic defects of the calibration benchmark, each at four graded strengths, and the issue
 * the gate must raise for it. Strengths are given for a 512 px long side and scaled to the image;
 * grades 3 and 4 are the "clearly degraded" ones the detection target applies to.
 */
public enum Defect {
  /** Defocus: Gaussian sigma 1, 2, 3, 4 px at 512 px. */
  GAUSSIAN_BLUR(QualityIssue.Code.BLURRED, List.of(1.0, 2.0, 3.0, 4.0)),
  /** Camera shake: a line of 5, 9, 15, 21 px at 512 px, random direction. */
  MOTION_BLUR(QualityIssue.Code.BLURRED, List.of(5.0, 9.0, 15.0, 21.0)),
  /** Under-exposure by 0.5, 1, 1.5, 2 stops. */
  UNDEREXPOSURE(QualityIssue.Code.UNDEREXPOSED, List.of(-0.5, -1.0, -1.5, -2.0)),
  /** Over-exposure by 0.5, 1, 1.5, 2 stops (highlights clip). */
  OVEREXPOSURE(QualityIssue.Code.OVEREXPOSED, List.of(0.5, 1.0, 1.5, 2.0)),
  /**
   * White-balance error: one channel pair scaled by 1 +/- s, s = 0.15, 0.3, 0.45, 0.6, toward blue,
   * green, cyan or magenta (random).
   */
  COLOUR_CAST(QualityIssue.Code.COLOUR_CAST, List.of(0.15, 0.3, 0.45, 0.6)),
  /**
   * A 60% crop placed so that the lesion's centroid lies 0.05, 0.1, 0.15, 0.2 of the image size
   * from the crop's centre, in one of 8 directions: 0.08 to 0.33 of the crop on each axis (less
   * where the crop meets the image border). Caught when the gate reports the lesion off centre or
   * cut off.
   */
  OFF_CENTRE(QualityIssue.Code.LESION_OFF_CENTRE, List.of(0.05, 0.1, 0.15, 0.2)),
  /**
   * Taken from too far: the image shrunk to 0.5, 0.35, 0.25, 0.18 of its size in the middle of a
   * frame filled with the mean colour of its border (the lesion's area shrinks by the square).
   */
  ZOOMED_OUT(QualityIssue.Code.LESION_TOO_SMALL, List.of(0.5, 0.35, 0.25, 0.18));

  private final QualityIssue.Code expected;
  private final List<Double> strengths;

  Defect(QualityIssue.Code expected, List<Double> strengths) {
    this.expected = expected;
    this.strengths = strengths;
  }

  /** The issue the gate should raise. */
  public QualityIssue.Code expected() {
    return expected;
  }

  /** Whether {@code verdict} reports this defect. */
  public boolean detectedBy(QualityVerdict verdict) {
    return verdict.has(expected)
        || (this == OFF_CENTRE && verdict.has(QualityIssue.Code.LESION_CUT_OFF));
  }

  /** The four strengths, mildest first. */
  public List<Double> strengths() {
    return strengths;
  }

  /**
   * Applies grade {@code grade} (1..4) to {@code src}, whose lesion centroid is at ({@code
   * lesionX}, {@code lesionY}) (fractions of the size); {@code random} picks directions.
   */
  public BufferedImage apply(
      BufferedImage src, int grade, Random random, double lesionX, double lesionY) {
    double s = strengths.get(grade - 1);
    double scale = Math.max(src.getWidth(), src.getHeight()) / 512.0;
    return switch (this) {
      case GAUSSIAN_BLUR -> Degradations.gaussianBlur(src, s * scale);
      case MOTION_BLUR ->
          Degradations.motionBlur(
              src, Math.max(2, (int) Math.round(s * scale)), random.nextDouble() * 180);
      case UNDEREXPOSURE, OVEREXPOSURE -> Degradations.exposure(src, s);
      case COLOUR_CAST -> cast(src, s, random.nextInt(4));
      case OFF_CENTRE -> offCentre(src, s, random.nextInt(8), lesionX, lesionY);
      case ZOOMED_OUT -> Degradations.zoomOut(src, s);
    };
  }

  private static BufferedImage cast(BufferedImage src, double s, int direction) {
    return switch (direction) {
      case 0 -> Degradations.whiteBalance(src, 1 - s, 1, 1 + s); // blue
      case 1 -> Degradations.whiteBalance(src, 1 - s, 1 + s, 1 - s); // green
      case 2 -> Degradations.whiteBalance(src, 1 - s, 1 + s / 2, 1 + s / 2); // cyan
      default -> Degradations.whiteBalance(src, 1 + s / 2, 1 - s, 1 + s / 2); // magenta
    };
  }

  private static BufferedImage offCentre(
      BufferedImage src, double s, int direction, double lesionX, double lesionY) {
    double angle = direction * Math.PI / 4;
    double dx = Math.round(Math.cos(angle));
    double dy = Math.round(Math.sin(angle));
    return Degradations.crop(src, 0.6, lesionX - 0.5 + s * dx, lesionY - 0.5 + s * dy);
  }
}
