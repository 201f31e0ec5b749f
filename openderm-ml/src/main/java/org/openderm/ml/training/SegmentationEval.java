package org.openderm.ml.training;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.openderm.ml.lesion.LesionSegmenter;

/**
 * IoU (Jaccard) and Dice of a lesion segmenter (the outline network, or the classical {@link
 * LesionSegmenter} baseline) against the HAM10000 ground-truth masks (thresholded at 128) of a list
 * of samples, as the ISIC 2018 Task 1 reports them (mean over images).
 */
public final class SegmentationEval {

  private SegmentationEval() {}

  /** Mean IoU and Dice over the samples, and how many masks were read. */
  public record Scores(int images, double meanIou, double meanDice, double shareIouAbove065) {}

  /** Scores the classical segmenter on the given samples of a HAM10000 folder. */
  public static Scores run(Path dataDir, List<Ham10000.Sample> samples) throws IOException {
    return run(dataDir, samples, LesionSegmenter::segment);
  }

  /** Scores a segmenter (image to a mask of the image's size) on samples of a HAM10000 folder. */
  public static Scores run(
      Path dataDir, List<Ham10000.Sample> samples, Function<BufferedImage, boolean[]> segmenter)
      throws IOException {
    double iouSum = 0;
    double diceSum = 0;
    int above = 0;
    int n = 0;
    try (ProgressBar bar = new ProgressBar("segment", samples.size())) {
      for (Ham10000.Sample s : samples) {
        bar.step(1);
        if (!java.nio.file.Files.exists(Ham10000.mask(dataDir, s.imageId()))) {
          continue;
        }
        BufferedImage img = ImageIO.read(Ham10000.image(dataDir, s.imageId()).toFile());
        BufferedImage gt = ImageIO.read(Ham10000.mask(dataDir, s.imageId()).toFile());
        if (img == null || gt == null) {
          continue;
        }
        boolean[] pred = segmenter.apply(img);
        int w = img.getWidth();
        long inter = 0;
        long union = 0;
        long sizes = 0;
        for (int i = 0; i < pred.length; i++) {
          boolean t = (gt.getRGB(i % w, i / w) & 0xff) >= 128;
          inter += t && pred[i] ? 1 : 0;
          union += t || pred[i] ? 1 : 0;
          sizes += (t ? 1 : 0) + (pred[i] ? 1 : 0);
        }
        double iou = union == 0 ? 1 : inter / (double) union;
        iouSum += iou;
        diceSum += sizes == 0 ? 1 : 2.0 * inter / sizes;
        above += iou >= 0.65 ? 1 : 0;
        n++;
      }
    }
    if (n == 0) {
      return new Scores(0, Double.NaN, Double.NaN, Double.NaN);
    }
    return new Scores(n, iouSum / n, diceSum / n, above / (double) n);
  }
}
