package org.openderm.ml.training;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated images that are not dermoscopic images of a skin lesion, to measure the out-of-scope
 * detector: noise, textures, drawings, non-skin scenes, heavily degraded lesion photos and
 * clinical-style close-ups (a spot on plain skin, no dermatoscope). Synthetic: real out-of-scope
 * photos may behave differently.
 */
public final class SyntheticInputs {

  /** The generated categories. */
  public static final List<String> CATEGORIES =
      List.of("noise", "texture", "drawing", "non-skin", "degraded", "clinical-closeup");

  private SyntheticInputs() {}

  /** One image of a category; {@code lesion} is a real lesion image used by "degraded". */
  public static BufferedImage generate(
      String category, SplittableRandom rnd, BufferedImage lesion) {
    return switch (category) {
      case "noise" -> noise(rnd);
      case "texture" -> texture(rnd);
      case "drawing" -> drawing(rnd);
      case "non-skin" -> nonSkin(rnd);
      case "degraded" -> degraded(lesion, rnd);
      case "clinical-closeup" -> closeup(rnd);
      default -> throw new IllegalArgumentException(category);
    };
  }

  private static BufferedImage noise(SplittableRandom rnd) {
    BufferedImage img = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
    boolean gray = rnd.nextBoolean();
    for (int y = 0; y < 150; y++) {
      for (int x = 0; x < 200; x++) {
        int r = rnd.nextInt(256);
        int g = gray ? r : rnd.nextInt(256);
        int b = gray ? r : rnd.nextInt(256);
        img.setRGB(x, y, (r << 16) | (g << 8) | b);
      }
    }
    return img;
  }

  private static BufferedImage texture(SplittableRandom rnd) {
    BufferedImage img = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
    double f = 0.05 + rnd.nextDouble() * 0.4;
    double angle = rnd.nextDouble() * Math.PI;
    boolean checker = rnd.nextBoolean();
    Color a = randomColour(rnd);
    Color b = randomColour(rnd);
    for (int y = 0; y < 150; y++) {
      for (int x = 0; x < 200; x++) {
        double u = x * Math.cos(angle) + y * Math.sin(angle);
        double v = -x * Math.sin(angle) + y * Math.cos(angle);
        double s = checker ? Math.sin(u * f) * Math.sin(v * f) : Math.sin(u * f);
        img.setRGB(x, y, (s > 0 ? a : b).getRGB());
      }
    }
    return img;
  }

  private static BufferedImage drawing(SplittableRandom rnd) {
    BufferedImage img = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(245, 245, 240));
    g.fillRect(0, 0, 200, 150);
    int strokes = 3 + rnd.nextInt(10);
    for (int i = 0; i < strokes; i++) {
      g.setColor(randomColour(rnd));
      g.setStroke(new BasicStroke(1 + rnd.nextInt(5)));
      int x = rnd.nextInt(200);
      int y = rnd.nextInt(150);
      if (rnd.nextBoolean()) {
        g.drawOval(x - 30, y - 30, 20 + rnd.nextInt(60), 20 + rnd.nextInt(60));
      } else {
        g.drawLine(x, y, rnd.nextInt(200), rnd.nextInt(150));
      }
    }
    g.dispose();
    return img;
  }

  private static BufferedImage nonSkin(SplittableRandom rnd) {
    BufferedImage img = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(90, 150, 230), 0, 90, new Color(200, 225, 250)));
    g.fillRect(0, 0, 200, 90);
    g.setPaint(new GradientPaint(0, 90, new Color(60, 130, 50), 0, 150, new Color(30, 80, 20)));
    g.fillRect(0, 90, 200, 60);
    for (int i = 0; i < 4; i++) {
      g.setColor(randomColour(rnd));
      g.fillRect(
          rnd.nextInt(180), 40 + rnd.nextInt(80), 10 + rnd.nextInt(40), 10 + rnd.nextInt(40));
    }
    g.dispose();
    return img;
  }

  private static BufferedImage degraded(BufferedImage lesion, SplittableRandom rnd) {
    int w = lesion.getWidth();
    int h = lesion.getHeight();
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    int mode = rnd.nextInt(3);
    int radius = 12;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int p =
            mode == 0
                ? lesion.getRGB((x / radius) * radius, (y / radius) * radius)
                : lesion.getRGB(x, y);
        int r = (p >> 16) & 0xff;
        int g = (p >> 8) & 0xff;
        int b = p & 0xff;
        if (mode == 1) {
          r = r / 8;
          g = g / 8;
          b = b / 8;
        } else if (mode == 2) {
          r = Math.min(255, r * 3);
          g = Math.min(255, g * 3);
          b = Math.min(255, b * 3);
        }
        img.setRGB(x, y, (r << 16) | (g << 8) | b);
      }
    }
    return img;
  }

  private static BufferedImage closeup(SplittableRandom rnd) {
    BufferedImage img = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    int tone = rnd.nextInt(6);
    Color[] skin = {
      new Color(241, 194, 167), new Color(224, 172, 138), new Color(198, 134, 90),
      new Color(160, 100, 65), new Color(110, 70, 45), new Color(70, 45, 30)
    };
    Color base = skin[tone];
    g.setPaint(new GradientPaint(0, 0, base.brighter(), 200, 150, base.darker()));
    g.fillRect(0, 0, 200, 150);
    g.setColor(new Color(30, 30, 30, 60));
    for (int i = 0; i < 40; i++) {
      int x = rnd.nextInt(200);
      int y = rnd.nextInt(150);
      g.drawLine(x, y, x + rnd.nextInt(20) - 10, y + rnd.nextInt(20) - 10);
    }
    g.setColor(new Color(90, 55, 35));
    int s = 6 + rnd.nextInt(12);
    g.fillOval(rnd.nextInt(150) + 20, rnd.nextInt(100) + 20, s, s);
    g.dispose();
    return img;
  }

  private static Color randomColour(SplittableRandom rnd) {
    return new Color(rnd.nextInt(256), rnd.nextInt(256), rnd.nextInt(256));
  }
}
