package org.openderm.ml.lesion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ImagePrepTest {

  @Test
  void thumbnailKeepsOnlyTheCentreSquare() {
    // 400x300: left and right 50-px bands are red, the centre 300x300 is blue.
    BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 300; y++) {
      for (int x = 0; x < 400; x++) {
        img.setRGB(x, y, x < 50 || x >= 350 ? 0xff0000 : 0x0000ff);
      }
    }
    byte[] t = ImagePrep.squareThumbnail(img, 32);
    for (int i = 0; i < 32 * 32; i++) {
      assertThat(t[i * 3] & 0xff).isZero();
      assertThat(t[i * 3 + 2] & 0xff).isEqualTo(255);
    }
  }

  @Test
  void identitySamplingOfAUniformGreyImageGivesItsNormalisedColour() {
    BufferedImage img = uniform(224, 224, 0x8c8c8c);
    float[] in = ImagePrep.input(img);
    int plane = ImagePrep.INPUT * ImagePrep.INPUT;
    assertThat(in).hasSize(3 * plane);
    assertThat(in[0]).isCloseTo((140 / 255f - 0.763f) / 0.141f, within(1e-4f));
    assertThat(in[plane + 5]).isCloseTo((140 / 255f - 0.546f) / 0.153f, within(1e-4f));
    assertThat(in[2 * plane + plane - 1]).isCloseTo((140 / 255f - 0.570f) / 0.170f, within(1e-4f));
  }

  @Test
  void colourConstancyRemovesATintOfTheLightButKeepsTheLesionContrast() {
    // Skin with a dark lesion in the middle, photographed under neutral and under yellow light.
    BufferedImage neutral = uniform(120, 120, 0xc8a08c);
    BufferedImage yellow = uniform(120, 120, 0xf0b46e);
    for (int y = 40; y < 80; y++) {
      for (int x = 40; x < 80; x++) {
        neutral.setRGB(x, y, 0x503c32);
        yellow.setRGB(x, y, 0x604428);
      }
    }
    byte[] a = ImagePrep.modelThumbnail(neutral, 30);
    byte[] b = ImagePrep.modelThumbnail(yellow, 30);
    int skin = 0;
    int lesion = (15 * 30 + 15) * 3;
    // The yellow light moves the skin's blue share from 0.28 to 0.21; corrected, they agree.
    assertThat(blueShare(b, skin)).isCloseTo(blueShare(a, skin), within(0.01));
    assertThat(blueShare(b, lesion)).isCloseTo(blueShare(a, lesion), within(0.01));
    for (int c = 0; c < 3; c++) {
      assertThat((a[skin + c] & 0xff) - (a[lesion + c] & 0xff)).isGreaterThan(60);
    }
  }

  private static double blueShare(byte[] rgb, int o) {
    double r = rgb[o] & 0xff;
    double g = rgb[o + 1] & 0xff;
    double b = rgb[o + 2] & 0xff;
    return b / (r + g + b);
  }

  private static BufferedImage uniform(int w, int h, int rgb) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, rgb);
      }
    }
    return img;
  }

  @Test
  void referralFollowsTheThresholds() {
    TriageSettings s = new TriageSettings("t", 1, 0.2, 0.3, 100, 0.1);
    double[] mel = {0, 0, 0, 0, 0.25, 0.75, 0};
    double[] bcc = {0.05, 0.3, 0, 0, 0.1, 0.55, 0};
    double[] nv = {0.05, 0.05, 0.1, 0, 0.05, 0.75, 0};
    assertThat(Referral.of(mel, s)).isEqualTo(Referral.URGENT);
    assertThat(Referral.of(bcc, s)).isEqualTo(Referral.SOON);
    assertThat(Referral.of(nv, s)).isEqualTo(Referral.ROUTINE);
    assertThat(Referral.malignancyRisk(bcc)).isCloseTo(0.45, within(1e-12));
  }
}
