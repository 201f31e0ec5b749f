package org.openderm.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AlertExplainerTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
  private final ForecastService service = new ForecastService(ForecastProperties.defaults());

  private static ValidSeries series(double perDay, int... skip) {
    List<ScorePoint> points = new ArrayList<>();
    for (int d = 20; d >= 0; d--) {
      final int day = d;
      if (java.util.Arrays.stream(skip).noneMatch(s -> s == day)) {
        points.add(
            new ScorePoint(
                TODAY.minusDays(d), Math.max(0, 30 + perDay * (20 - d) - perDay * 20 / 2)));
      }
    }
    return ValidSeries.of(new ForecastRequest("po-scorad", points, 7), 14);
  }

  @Test
  void slope_ofALinearCourse_isItsWeeklyChange() {
    TreeMap<LocalDate, Integer> points = new TreeMap<>();
    points.put(TODAY.minusDays(4), 10);
    points.put(TODAY.minusDays(2), 14);
    points.put(TODAY, 18);
    points.put(TODAY.minusDays(30), 90); // outside the 14-day window: ignored
    assertThat(AlertExplainer.slopePerWeek(points, TODAY)).isCloseTo(14, within(1e-9));
    points.remove(TODAY);
    assertThat(AlertExplainer.slopePerWeek(points, TODAY.minusDays(1))).isNull();
  }

  @Test
  void risingCourse_raisesAnExplainedAlert() {
    ValidSeries rising = series(2);
    Forecast f = service.forecast(rising, TODAY, Locale.ENGLISH);
    FlareAlert a = new AlertExplainer(0.3).explain(rising, TODAY, f, 9, Locale.ENGLISH);
    assertThat(a.raised()).isTrue();
    assertThat(a.trend())
        .isEqualTo("Trend over the last 14 days: rising by about 14 points per week.");
    assertThat(a.uncertainty()).startsWith("Uncertainty: in 7 days the score should lie between ");
    assertThat(a.advice()).startsWith("What to do: follow the flare plan");
    assertThat(a.source()).contains("EuroGuiDerm");
  }

  @Test
  void stableCourse_raisesNoAlert_andSaysItIsStable() {
    ValidSeries stable = series(0, 3, 7, 11);
    Forecast f = service.forecast(stable, TODAY, Locale.FRENCH);
    FlareAlert a = new AlertExplainer(0.5).explain(stable, TODAY, f, 9, Locale.FRENCH);
    assertThat(a.raised()).isFalse();
    assertThat(a.summary()).startsWith("Pas d'alerte");
    assertThat(a.trend()).contains("stable");
  }

  @Test
  void insufficientHistory_neverRaisesAnAlert() {
    ValidSeries few =
        ValidSeries.of(
            new ForecastRequest("po-scorad", List.of(new ScorePoint(TODAY, 90.0)), 7), 14);
    Forecast f = service.forecast(few, TODAY, Locale.ENGLISH);
    FlareAlert a = new AlertExplainer(0.01).explain(few, TODAY, f, 9, Locale.ENGLISH);
    assertThat(f.insufficientHistory()).isTrue();
    assertThat(a.raised()).isFalse();
    assertThat(a.uncertainty()).startsWith("Insufficient history");
  }

  @Test
  void fanChart_joinsThePastToTheForecast() {
    ValidSeries s = series(1);
    Forecast f = service.forecast(s, TODAY, Locale.ENGLISH);
    FanChart c = FanChart.of(s, TODAY, 28, f);
    assertThat(c.labels()).hasSize(35).endsWith(TODAY.plusDays(7).toString());
    assertThat(c.observed().get(27)).isEqualTo(s.points().get(TODAY));
    assertThat(c.median().get(27)).isEqualTo(c.observed().get(27));
    assertThat(c.median().get(26)).isNull();
    for (int i = 28; i < 35; i++) {
      assertThat(c.p05().get(i)).isLessThanOrEqualTo(c.p25().get(i));
      assertThat(c.p75().get(i)).isLessThanOrEqualTo(c.p95().get(i));
    }
  }
}
