package org.openderm.ml.training;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.openderm.ml.lesion.OutlineInput;

/**
 * HAM10000 images and their lesion masks at the outline network's size, held in memory, and their
 * augmentation: the eight symmetries of the square (dermoscopy has no up, down, left or right),
 * applied to image and mask alike, and brightness and contrast jitter on the image.
 */
final class OutlineSet {

  private final List<byte[]> images = new ArrayList<>();
  private final List<byte[]> masks = new ArrayList<>();

  /** Decodes the samples that have a mask (with progress). */
  static OutlineSet load(Path data, List<Ham10000.Sample> samples, String label)
      throws IOException {
    OutlineSet set = new OutlineSet();
    int s = OutlineInput.SIDE;
    try (ProgressBar bar = new ProgressBar("decode " + label, samples.size())) {
      for (Ham10000.Sample sample : samples) {
        bar.step(1);
        Path maskFile = Ham10000.mask(data, sample.imageId());
        if (!Files.exists(maskFile)) {
          continue;
        }
        BufferedImage img = ImageIO.read(Ham10000.image(data, sample.imageId()).toFile());
        BufferedImage mask = ImageIO.read(maskFile.toFile());
        if (img == null || mask == null) {
          throw new IOException("unreadable image or mask: " + sample.imageId());
        }
        set.images.add(OutlineInput.rgb(img, s));
        set.masks.add(OutlineInput.mask(mask, s));
      }
    }
    return set;
  }

  int size() {
    return images.size();
  }

  /**
   * Fills one batch: inputs {@code [b, 3, S, S]} and targets {@code [b, 1, S, S]} in [0, 1]; with
   * {@code rnd} null, the first {@code b} items from {@code start} un-augmented.
   */
  void fill(float[] x, float[] y, int b, SplittableRandom rnd, int start) {
    int s = OutlineInput.SIDE;
    int plane = s * s;
    byte[] rgb = new byte[plane * 3];
    for (int i = 0; i < b; i++) {
      int k = rnd == null ? start + i : rnd.nextInt(images.size());
      int symmetry = rnd == null ? 0 : rnd.nextInt(8);
      byte[] src = images.get(k);
      byte[] m = masks.get(k);
      float gain = rnd == null ? 1f : (float) (0.8 + 0.4 * rnd.nextDouble());
      float contrast = rnd == null ? 1f : (float) (0.8 + 0.4 * rnd.nextDouble());
      for (int py = 0; py < s; py++) {
        for (int px = 0; px < s; px++) {
          int q = source(px, py, s, symmetry);
          y[i * plane + py * s + px] = (m[q] & 0xff) / 255f;
          for (int c = 0; c < 3; c++) {
            float v = (src[q * 3 + c] & 0xff) * gain;
            v = (v - 128) * contrast + 128;
            rgb[(py * s + px) * 3 + c] = (byte) Math.max(0, Math.min(255, Math.round(v)));
          }
        }
      }
      OutlineInput.tensor(rgb, s, x, i * 3 * plane);
    }
  }

  /** Index of the source pixel of output pixel (x, y) under one of the 8 square symmetries. */
  static int source(int x, int y, int s, int symmetry) {
    int a = (symmetry & 1) == 0 ? x : s - 1 - x;
    int b = (symmetry & 2) == 0 ? y : s - 1 - y;
    return (symmetry & 4) == 0 ? b * s + a : a * s + b;
  }

  /** Ground-truth mask of item {@code k} at the network's size (0..255). */
  byte[] mask(int k) {
    return masks.get(k);
  }
}
