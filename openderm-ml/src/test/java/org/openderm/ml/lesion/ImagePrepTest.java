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
  void identitySamplingOfAUniformImageGivesItsNormalisedColour() {
    BufferedImage img = new BufferedImage(224, 224, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 224; y++) {
      for (int x = 0; x < 224; x++) {
        img.setRGB(x, y, (200 << 16) | (100 << 8) | 50);
      }
    }
    float[] in = ImagePrep.input(img);
    int plane = ImagePrep.INPUT * ImagePrep.INPUT;
    assertThat(in).hasSize(3 * plane);
    assertThat(in[0]).isCloseTo((200 / 255f - 0.763f) / 0.141f, within(1e-4f));
    assertThat(in[plane + 5]).isCloseTo((100 / 255f - 0.546f) / 0.153f, within(1e-4f));
    assertThat(in[2 * plane + plane - 1]).isCloseTo((50 / 255f - 0.570f) / 0.170f, within(1e-4f));
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
