package org.openderm.eczema.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendSummaryTest {

  private static CoursePoint at(String day, double score) {
    return new CoursePoint(Instant.parse(day + "T08:00:00Z"), score, "moderate");
  }

  @Test
  void summary_lastChangeSincePreviousAndOverFourWeeks() {
    TrendSummary summary =
        TrendSummary.of(
            List.of(
                at("2026-10-20", 40.0),
                at("2026-11-20", 30.5),
                at("2026-10-01", 52.0),
                at("2026-11-10", 35.0)));

    assertThat(summary.entries()).isEqualTo(4);
    assertThat(summary.last()).isEqualTo(30.5);
    assertThat(summary.changeSincePrevious()).isEqualTo(-4.5);
    // latest entry at least 28 days before 2026-11-20 is 2026-10-20 (31 days)
    assertThat(summary.changeOver4Weeks()).isEqualTo(-9.5);
  }

  @Test
  void summary_shortHistory_hasNoFourWeekChange() {
    TrendSummary summary = TrendSummary.of(List.of(at("2026-11-01", 20.1), at("2026-11-20", 25.2)));

    assertThat(summary.changeSincePrevious()).isEqualTo(5.1);
    assertThat(summary.changeOver4Weeks()).isNull();
  }

  @Test
  void summary_empty_andSingle() {
    assertThat(TrendSummary.of(List.of()).last()).isNull();
    TrendSummary single = TrendSummary.of(List.of(at("2026-11-01", 12)));
    assertThat(single.last()).isEqualTo(12);
    assertThat(single.changeSincePrevious()).isNull();
  }
}
