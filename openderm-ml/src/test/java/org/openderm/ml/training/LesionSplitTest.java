package org.openderm.ml.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openderm.ml.lesion.LesionClass;

class LesionSplitTest {

  static List<Ham10000.Sample> samples() {
    List<Ham10000.Sample> s = new ArrayList<>();
    for (int lesion = 0; lesion < 300; lesion++) {
      LesionClass dx = LesionClass.values()[lesion % 7];
      for (int k = 0; k <= lesion % 3; k++) {
        s.add(
            new Ham10000.Sample(
                "IMG_" + lesion + "_" + k, "L" + lesion, dx, "histo", 50, "male", "back"));
      }
    }
    return s;
  }

  @Test
  void noLesionIsInBothSplitsAndEachClassKeepsItsShare() {
    List<Ham10000.Sample> all = samples();
    LesionSplit split = LesionSplit.create(all, 0.15, 42);
    Set<String> train = split.lesions(all, LesionSplit.TRAIN);
    Set<String> val = split.lesions(all, LesionSplit.VAL);
    Set<String> both = new HashSet<>(train);
    both.retainAll(val);
    assertThat(both).isEmpty();
    assertThat(train.size() + val.size()).isEqualTo(300);
    for (LesionClass c : LesionClass.values()) {
      long v =
          split.select(all, LesionSplit.VAL).stream()
              .filter(s -> s.dx() == c)
              .map(Ham10000.Sample::lesionId)
              .distinct()
              .count();
      assertThat(v).isBetween(5L, 8L);
    }
  }

  @Test
  void sameSeedSameSplitAndCsvRoundTrip(@TempDir Path dir) throws Exception {
    List<Ham10000.Sample> all = samples();
    LesionSplit a = LesionSplit.create(all, 0.15, 3);
    LesionSplit b = LesionSplit.create(all, 0.15, 3);
    Path csv = dir.resolve("split.csv");
    a.write(all, csv);
    LesionSplit c = LesionSplit.read(csv);
    for (Ham10000.Sample s : all) {
      assertThat(b.of(s.imageId())).isEqualTo(a.of(s.imageId()));
      assertThat(c.of(s.imageId())).isEqualTo(a.of(s.imageId()));
    }
    assertThat(LesionSplit.create(all, 0.15, 4).select(all, LesionSplit.VAL))
        .isNotEqualTo(a.select(all, LesionSplit.VAL));
  }
}
