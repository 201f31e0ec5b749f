package org.openderm.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  void insufficientHistory_neverRaisesAFlareAlert_butASevereScoreStillAlerts() {
    ValidSeries few =
        ValidSeries.of(
            new ForecastRequest("po-scorad", List.of(new ScorePoint(TODAY, 40.0)), 7), 14);
    Forecast f = service.forecast(few, TODAY, Locale.ENGLISH);
    FlareAlert a = new AlertExplainer(0.01).explain(few, TODAY, f, 9, Locale.ENGLISH);
    assertThat(f.insufficientHistory()).isTrue();
    assertThat(a.raised()).isFalse();
    assertThat(a.uncertainty()).startsWith("Insufficient history");
    ValidSeries severe =
        ValidSeries.of(
            new ForecastRequest("po-scorad", List.of(new ScorePoint(TODAY, 90.0)), 7), 14);
    FlareAlert s =
        new AlertExplainer(0.01)
            .explain(
                severe, TODAY, service.forecast(severe, TODAY, Locale.ENGLISH), 9, Locale.ENGLISH);
    assertThat(s.raised()).isTrue();
    assertThat(s.severe()).isTrue();
  }

  private static ValidSeries constant(int score, int days) {
    List<ScorePoint> points = new ArrayList<>();
    for (int d = days - 1; d >= 0; d--) {
      points.add(new ScorePoint(TODAY.minusDays(d), (double) score));
    }
    return ValidSeries.of(new ForecastRequest("po-scorad", points, 7), 14);
  }

  @Test
  void maximalScore_raisesTheSevereAlert_neverUsualCare() {
    ValidSeries worst = constant(103, 20);
    Forecast f = service.forecast(worst, TODAY, Locale.ENGLISH);
    FlareAlert a = new AlertExplainer(0.5).explain(worst, TODAY, f, 9, Locale.ENGLISH);
    assertThat(a.raised()).isTrue();
    assertThat(a.severe()).isTrue();
    assertThat(a.summary())
        .isEqualTo(
            "Alert: the latest score (103 out of 103, on May 20, 2026) is in the severe band"
                + " (above 50), whatever the forecast.")
        .doesNotContain("0%");
    assertThat(a.advice()).startsWith("What to do: contact your care team");
    assertThat(a.advice()).doesNotContain("usual care");
    assertThat(a.source()).contains("Kunz").contains("Stalder").contains("EuroGuiDerm");
    // No "0 %" flare risk when no higher score can be measured.
    assertThat(f.flareProbability()).isNull();
  }

  @Test
  void severeButStableScore_raisesTheAlert_inFrench() {
    ValidSeries severe = constant(60, 20);
    Forecast f = service.forecast(severe, TODAY, Locale.FRENCH);
    FlareAlert a = new AlertExplainer(0.5).explain(severe, TODAY, f, 9, Locale.FRENCH);
    assertThat(f.flareProbability()).isLessThan(0.5); // the model alone would not alert
    assertThat(a.raised()).isTrue();
    assertThat(a.summary())
        .startsWith("Alerte : le dernier score saisi (60 sur 103, le 20 mai 2026)");
    assertThat(a.advice()).doesNotContain("soins habituels");
  }

  @Test
  void moderateScore_justBelowTheSevereBand_keepsTheUsualAlertRules() {
    ValidSeries moderate = constant(50, 20);
    Forecast f = service.forecast(moderate, TODAY, Locale.ENGLISH);
    FlareAlert a = new AlertExplainer(0.5).explain(moderate, TODAY, f, 9, Locale.ENGLISH);
    assertThat(a.severe()).isFalse();
    assertThat(a.summary()).startsWith("No alert: flare probability");
  }

  @Test
  void flareThreshold_neverExceedsTheScaleMaximum() {
    for (int score : new int[] {94, 95, 100, 103}) {
      Forecast f = service.forecast(constant(score, 20), TODAY, Locale.ENGLISH);
      Matcher m = Pattern.compile("that is (\\d+) or more").matcher(f.flareDefinition());
      if (m.find()) {
        assertThat(Integer.parseInt(m.group(1))).isLessThanOrEqualTo(103);
      } else {
        assertThat(f.flareDefinition())
            .contains("The reference (" + score + ") is within 9 points of the top of the scale")
            .doesNotContain(String.valueOf(score + 9));
      }
    }
    assertThat(service.forecast(constant(103, 20), TODAY, Locale.FRENCH).flareDefinition())
        .doesNotContain("112")
        .contains("ne peut pas être mesurée");
  }

  @Test
  void severalEntriesOnOneDay_countAsOneDay_andTheMessageSaysSo() {
    List<ScorePoint> sameDay =
        List.of(
            new ScorePoint(TODAY, 20.0),
            new ScorePoint(TODAY, 24.0),
            new ScorePoint(TODAY, 30.0),
            new ScorePoint(TODAY, 28.0));
    ValidSeries s = ValidSeries.of(new ForecastRequest("po-scorad", sameDay, 7), 14);
    assertThat(s.points()).containsEntry(TODAY, 28); // the day's latest entry
    Forecast f = service.forecast(s, TODAY, Locale.ENGLISH);
    FlareAlert a =
        new AlertExplainer(0.5).explain(s, TODAY, f, 9, java.util.Map.of(TODAY, 4), Locale.ENGLISH);
    assertThat(a.trend())
        .isEqualTo(
            "Trend not computable: 4 entries on a single day over the last 14 days; entries on"
                + " at least 3 different days are needed (several entries on the same day count"
                + " as one day, with the latest score).");
    FlareAlert fr =
        new AlertExplainer(0.5).explain(s, TODAY, f, 9, java.util.Map.of(TODAY, 4), Locale.FRENCH);
    assertThat(fr.trend()).startsWith("Tendance non calculable : 4 saisies sur un seul jour");
  }

  @Test
  void fanChart_datesAreLocalized_oneLabelPerDay() {
    ValidSeries s = series(1);
    Forecast f = service.forecast(s, TODAY, Locale.FRENCH);
    FanChart fr = FanChart.of(s, TODAY, 28, f, Locale.FRENCH);
    assertThat(fr.tickLabels()).hasSameSizeAs(fr.labels()).doesNotHaveDuplicates();
    assertThat(fr.tickLabels()).contains("20 mai").noneMatch(l -> l.matches("\\d{4}-.*"));
    FanChart en = FanChart.of(s, TODAY, 28, f, Locale.ENGLISH);
    assertThat(en.tickLabels()).contains("May 20");
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
