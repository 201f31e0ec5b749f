package org.openderm.eczema.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateTicksTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Test
  void aCourseOfTwoDays_hasOneTickPerDate_inTheReadersLanguage() {
    List<DateTicks> ticks =
        DateTicks.between(
            Instant.parse("2026-12-06T07:00:00Z"),
            Instant.parse("2026-12-07T18:00:00Z"),
            PARIS,
            Locale.FRENCH,
            6);
    assertThat(ticks).extracting(DateTicks::label).containsExactly("6 déc. 2026", "7 déc. 2026");
    List<DateTicks> en =
        DateTicks.between(
            Instant.parse("2026-12-06T07:00:00Z"),
            Instant.parse("2026-12-07T18:00:00Z"),
            PARIS,
            Locale.ENGLISH,
            6);
    assertThat(en).extracting(DateTicks::label).containsExactly("Dec 6, 2026", "Dec 7, 2026");
  }

  @Test
  void sixMonths_giveAtMostSixDistinctLocalizedTicks_atLocalMidnight() {
    List<DateTicks> ticks =
        DateTicks.between(
            Instant.parse("2026-06-10T09:00:00Z"),
            Instant.parse("2026-12-07T09:00:00Z"),
            PARIS,
            Locale.FRENCH,
            6);
    assertThat(ticks).hasSizeBetween(2, 6);
    assertThat(ticks).extracting(DateTicks::label).doesNotHaveDuplicates();
    assertThat(ticks)
        .allSatisfy(
            t -> {
              assertThat(t.label()).doesNotMatch(".*\\d{4}-\\d{2}-\\d{2}.*");
              assertThat(Instant.ofEpochMilli(t.x()).atZone(PARIS).toLocalTime().toSecondOfDay())
                  .isZero();
            });
  }
}
