package org.openderm.ml.quality;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Java2D bilinear resizing, shared by previews, overlays and benchmarks. */
public final class Resize {

  private Resize() {}

  /**
   * {@code src} drawn at {@code w x h} with bilinear filtering into a new image of {@code type} (a
   * {@link BufferedImage} type constant: {@code TYPE_3BYTE_BGR} encodes fastest as JPEG).
   */
  public static BufferedImage bilinear(BufferedImage src, int w, int h, int type) {
    BufferedImage out = new BufferedImage(w, h, type);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(src, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return out;
  }
}
