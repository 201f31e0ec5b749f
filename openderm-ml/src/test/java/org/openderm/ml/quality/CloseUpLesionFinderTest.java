package org.openderm.ml.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class CloseUpLesionFinderTest {

  /** Records what it was shown and answers with the masks it is given, in order. */
  private static final class ScriptedFinder implements LesionFinder {
    final List<int[]> shown = new ArrayList<>();
    final List<BiFunction<Integer, Integer, boolean[]>> answers;

    ScriptedFinder(List<BiFunction<Integer, Integer, boolean[]>> answers) {
      this.answers = answers;
    }

    @Override
    public boolean[] find(BufferedImage image, int width, int height) {
      shown.add(new int[] {image.getWidth(), image.getHeight(), width, height});
      return answers.get(shown.size() - 1).apply(width, height);
    }
  }

  private static boolean[] rectangle(int w, int h, int x0, int y0, int x1, int y1) {
    boolean[] m = new boolean[w * h];
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        m[y * w + x] = true;
      }
    }
    return m;
  }

  /** The close-up finder over {@code finder}, on a blank square image and a square grid. */
  private static boolean[] findIn(LesionFinder finder, int imageSide, int gridSide) {
    return new CloseUpLesionFinder(finder)
        .find(
            new BufferedImage(imageSide, imageSide, BufferedImage.TYPE_INT_RGB),
            gridSide,
            gridSide);
  }

  private static int count(boolean[] m) {
    return LesionSegmenter.count(m);
  }

  @Test
  void aSmallFirstFind_isOutlinedAgainOnTheCloseUp_andPlacedBackInTheFrame() {
    // First look: a 20 x 20 blob (4% of a 100 x 100 grid) at (40..59, 30..49). On the close-up
    // the lesion is only the blob's central 10 x 10 cells.
    ScriptedFinder finder =
        new ScriptedFinder(
            List.of(
                (w, h) -> rectangle(w, h, 40, 30, 59, 49),
                (w, h) -> rectangle(w, h, w / 2 - 5, h / 2 - 5, w / 2 + 4, h / 2 + 4)));
    BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);

    boolean[] mask = new CloseUpLesionFinder(finder).find(image, 100, 100);

    assertThat(finder.shown).hasSize(2);
    // The close-up is the blob's box plus 15% on each side (3 cells), in the image's pixels.
    assertThat(finder.shown.get(1)).containsExactly(52, 52, 26, 26);
    assertThat(count(mask)).isEqualTo(100);
    LesionGeometry g = LesionGeometry.of(new LesionSegmenter.Mask(mask, null, 100, 100, true));
    assertThat(g.centroidX()).isCloseTo(0.50, Offset.offset(0.01));
    assertThat(g.centroidY()).isCloseTo(0.40, Offset.offset(0.01));
  }

  @Test
  void aLargeFirstFind_isKept_withoutASecondLook() {
    ScriptedFinder finder = new ScriptedFinder(List.of((w, h) -> rectangle(w, h, 10, 10, 69, 69)));
    boolean[] mask = findIn(finder, 100, 100);
    assertThat(finder.shown).hasSize(1);
    assertThat(count(mask)).isEqualTo(3600);
  }

  @Test
  void whenTheCloseUpFindsNothing_theFirstOutlineStands() {
    ScriptedFinder finder =
        new ScriptedFinder(
            List.of((w, h) -> rectangle(w, h, 5, 5, 14, 14), (w, h) -> new boolean[w * h]));
    boolean[] mask = findIn(finder, 100, 100);
    assertThat(finder.shown).hasSize(2);
    assertThat(count(mask)).isEqualTo(100);
  }

  @Test
  void nothingFound_isNotLookedAtAgain() {
    ScriptedFinder finder = new ScriptedFinder(List.of((w, h) -> new boolean[w * h]));
    boolean[] mask = findIn(finder, 64, 32);
    assertThat(finder.shown).hasSize(1);
    assertThat(count(mask)).isZero();
  }

  @Test
  void aPhotoTakenFromAfar_isMeasuredAtTheLesionsOwnSize() throws IOException {
    // ISIC photos shrunk to 0.18 of their size in a plain frame: the lesion's true share of the
    // frame is its share of the photo times 0.18 squared. The outline network alone outlines the
    // whole shrunken photo (the benchmark's zoom-out misses); the close-up finds the lesion.
    Path isic = DataSets.root().map(p -> p.resolve("isic-557")).orElse(null);
    assumeTrue(isic != null, "shared data not available");
    QualityGate gate = QualityGate.withOutlineNetwork();
    List<Path> images = new ArrayList<>();
    try (Stream<Path> files = Files.list(isic.resolve("images"))) {
      List<Path> all = files.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
      for (int i = 0; i < all.size() && images.size() < 12; i += 45) {
        images.add(all.get(i));
      }
    }
    int close = 0;
    for (Path p : images) {
      BufferedImage photo = QualityBenchmark.read(p);
      double expected = gate.measure(photo).lesion().areaFraction() * 0.18 * 0.18;
      double measured = gate.measure(Degradations.zoomOut(photo, 0.18)).lesion().areaFraction();
      if (Math.abs(measured - expected) < 0.5 * expected + 0.002) {
        close++;
      }
    }
    assertThat(close).isGreaterThanOrEqualTo(images.size() - 2);
    assertThat(
            images.stream()
                .filter(
                    p ->
                        gate.assess(Degradations.zoomOut(QualityBenchmark.read(p), 0.18))
                            .has(QualityIssue.Code.LESION_TOO_SMALL))
                .count())
        .isGreaterThanOrEqualTo(images.size() - 1);
  }
}
