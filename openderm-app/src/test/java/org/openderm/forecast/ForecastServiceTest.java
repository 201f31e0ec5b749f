package org.openderm.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openderm.system.InvalidInputException;
import org.openderm.system.Violation;

class ForecastServiceTest {

  private static final LocalDate DAY0 = LocalDate.of(2026, 3, 1);
  private final ForecastService service =
      new ForecastService(
          ForecastProperties.defaults(),
          Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC));

  private static List<ScorePoint> series(int... scores) {
    List<ScorePoint> points = new ArrayList<>();
    for (int d = 0; d < scores.length; d++) {
      if (scores[d] >= 0) {
        points.add(new ScorePoint(DAY0.plusDays(d), (double) scores[d]));
      }
    }
    return points;
  }

  @Test
  void forecast_givesAFullDistributionPerDay_withOrderedQuantiles() {
    Forecast f =
        service.forecast(
            new ForecastRequest("po-scorad", series(30, 32, -1, 29, 31, 33, 30, 28, 31), 7),
            Locale.ENGLISH);
    assertThat(f.insufficientHistory()).isFalse();
    assertThat(f.days()).hasSize(7);
    assertThat(f.days().get(0).date()).isEqualTo(DAY0.plusDays(9));
    for (ForecastDay day : f.days()) {
      assertThat(day.distribution()).hasSize(104);
      assertThat(java.util.Arrays.stream(day.distribution()).sum()).isCloseTo(1, within(1e-5));
      assertThat(day.p05()).isLessThanOrEqualTo(day.p25());
      assertThat(day.p25()).isLessThanOrEqualTo(day.median());
      assertThat(day.median()).isLessThanOrEqualTo(day.p75()).isBetween(20, 40);
      assertThat(day.p75()).isLessThanOrEqualTo(day.p95());
    }
    assertThat(f.flareDefinition()).contains("9 points").contains("Schram");
  }

  @Test
  void flareProbability_isHigherForARisingSeriesThanForAStableOne() {
    Forecast rising =
        service.forecast(
            new ForecastRequest("po-scorad", series(10, 12, 15, 19, 24, 30, 37, 45), 7), null);
    Forecast stable =
        service.forecast(
            new ForecastRequest("po-scorad", series(20, 21, 20, 19, 20, 21, 20, 20), 7), null);
    assertThat(rising.flareProbability()).isGreaterThan(stable.flareProbability() + 0.2);
  }

  @Test
  void tooShortHistory_givesThePopulationForecast_markedInsufficient() {
    Forecast f =
        service.forecast(new ForecastRequest("po-scorad", series(40, 42), null), Locale.FRENCH);
    assertThat(f.insufficientHistory()).isTrue();
    assertThat(f.days()).hasSize(7);
    assertThat(f.flareDefinition()).startsWith("Poussée");
    Forecast none = service.forecast(new ForecastRequest("poem", List.of(), 3), Locale.ENGLISH);
    assertThat(none.insufficientHistory()).isTrue();
    assertThat(none.flareProbability()).isNull();
    assertThat(none.days().get(0).date()).isEqualTo(LocalDate.of(2026, 6, 2));
    assertThat(none.days().get(0).distribution()).hasSize(29);
  }

  @Test
  void duplicateDates_keepTheLaterEntry() {
    List<ScorePoint> points = new ArrayList<>(series(30, 30, 30, 30, 30, 30));
    points.add(new ScorePoint(DAY0.plusDays(5), 80.0));
    Forecast f = service.forecast(new ForecastRequest("po-scorad", points, 1), null);
    assertThat(f.days().get(0).median()).isGreaterThan(45);
  }

  @Test
  void invalidInput_listsEveryField() {
    List<ScorePoint> points =
        List.of(new ScorePoint(DAY0, 120.0), new ScorePoint(null, 3.0), new ScorePoint(DAY0, null));
    assertThatThrownBy(() -> service.forecast(new ForecastRequest("po-scorad", points, 30), null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly(
                        "horizonDays", "series[0].score", "series[1].date", "series[2].score"));
    assertThatThrownBy(() -> service.forecast(new ForecastRequest("psoriasis", List.of(), 7), null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("instrument"));
  }
}
