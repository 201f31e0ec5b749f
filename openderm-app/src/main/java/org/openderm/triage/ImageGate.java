package org.openderm.triage;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The minimal checks a photo must pass before the lesion model sees it: size, exposure and
 * contrast. A stand-in until the photo feature's quality gate is wired in (it should then replace
 * this class): whatever fails here never reaches the model.
 */
final class ImageGate {

  static final int MIN_SIDE = 64;

  private ImageGate() {}

  /** The issues found (empty = acceptable). */
  static List<TriageResponse.Issue> check(BufferedImage img) {
    List<TriageResponse.Issue> issues = new ArrayList<>();
    if (img.getWidth() < MIN_SIDE || img.getHeight() < MIN_SIDE) {
      issues.add(
          new TriageResponse.Issue("too_small", "The image is smaller than 64 x 64 pixels."));
      return issues;
    }
    double sum = 0;
    double sq = 0;
    int n = 0;
    int stepX = Math.max(1, img.getWidth() / 64);
    int stepY = Math.max(1, img.getHeight() / 64);
    for (int y = 0; y < img.getHeight(); y += stepY) {
      for (int x = 0; x < img.getWidth(); x += stepX) {
        int p = img.getRGB(x, y);
        double l =
            (0.299 * ((p >> 16) & 0xff) + 0.587 * ((p >> 8) & 0xff) + 0.114 * (p & 0xff)) / 255.0;
        sum += l;
        sq += l * l;
        n++;
      }
    }
    double mean = sum / n;
    double sd = Math.sqrt(Math.max(0, sq / n - mean * mean));
    if (mean < 0.08) {
      issues.add(new TriageResponse.Issue("too_dark", "The image is too dark."));
    } else if (mean > 0.95) {
      issues.add(new TriageResponse.Issue("overexposed", "The image is overexposed."));
    }
    if (sd < 0.02) {
      issues.add(new TriageResponse.Issue("no_contrast", "The image has almost no contrast."));
    }
    return issues;
  }
}
