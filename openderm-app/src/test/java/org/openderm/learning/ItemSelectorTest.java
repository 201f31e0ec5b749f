package org.openderm.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemSelectorTest {

  @TempDir Path dir;
  private ItemSelector selector;

  @BeforeEach
  void bank() throws IOException {
    StringBuilder csv =
        new StringBuilder(
            "image_id,diagnosis,benign_malignant,age_approx,sex,diagnosis_confirm_type\n");
    Files.createDirectories(dir.resolve("isic-557/images"));
    for (int i = 0; i < 40; i++) {
      String id = "ISIC_" + i;
      csv.append(id)
          .append(
              i < 4 ? ",melanoma,malignant,50,male,histopathology\n" : ",nevus,benign,40,male,\n");
      Files.write(dir.resolve("isic-557/images/" + id + ".jpg"), new byte[] {1});
    }
    Files.writeString(dir.resolve("isic-557/labels.csv"), csv);
    selector = new ItemSelector(ItemBank.load(dir));
  }

  @Test
  void dueItemComesFirst() {
    QuizItem next =
        selector
            .next(
                ImageSource.ISIC_557,
                List.of("ham10000/NOPE", "isic-557/ISIC_7"),
                Set.of(),
                Map.of(),
                new SplittableRandom(1))
            .orElseThrow();
    assertThat(next.id()).isEqualTo("isic-557/ISIC_7");
  }

  @Test
  void newItems_balanceClasses_despiteTenTimesMoreNevi() {
    int mel = 0;
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 2000; i++) {
      QuizItem item =
          selector.next(ImageSource.ISIC_557, List.of(), Set.of(), Map.of(), random).orElseThrow();
      mel += item.truth() == LesionClass.MEL ? 1 : 0;
    }
    // Equal weights when nothing was answered: about half melanomas, not 10%.
    assertThat(mel).isBetween(900, 1100);
  }

  @Test
  void classesTheLearnerMisses_comeMoreOften_andUnseenItemsFirst() {
    Map<LesionClass, int[]> accuracy = new EnumMap<>(LesionClass.class);
    accuracy.put(LesionClass.MEL, new int[] {10, 1}); // weight 1 - 2/12 = 0.83
    accuracy.put(LesionClass.NV, new int[] {10, 9}); // weight 1 - 10/12 = 0.17
    Set<String> seen =
        new HashSet<>(List.of("isic-557/ISIC_0", "isic-557/ISIC_1", "isic-557/ISIC_2"));
    int mel = 0;
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 1200; i++) {
      QuizItem item =
          selector.next(ImageSource.ISIC_557, List.of(), seen, accuracy, random).orElseThrow();
      if (item.truth() == LesionClass.MEL) {
        mel++;
        assertThat(item.id()).isEqualTo("isic-557/ISIC_3"); // the only unseen melanoma
      }
    }
    assertThat(mel).isBetween(900, 1100); // 0.83 / (0.83 + 0.17) = 5/6 of 1200 = 1000
  }

  @Test
  void absentSource_givesNothing() {
    assertThat(
            selector.next(
                ImageSource.HAM10000, List.of(), Set.of(), Map.of(), new SplittableRandom()))
        .isEmpty();
  }
}
