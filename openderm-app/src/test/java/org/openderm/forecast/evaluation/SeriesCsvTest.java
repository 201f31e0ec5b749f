package org.openderm.forecast.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openderm.forecast.SeriesFormatException;
import org.openderm.forecast.model.DailySeries;
import org.openderm.forecast.model.PoScoradItem;
import org.openderm.forecast.synthetic.SyntheticCohort;

class SeriesCsvTest {

  @Test
  void parse_turnsGapsIntoMissingDays_notZeros() {
    SeriesCsv.Result r =
        SeriesCsv.parse(
            List.of(
                "patient,date,score", "p1,2026-03-01,20", "p1,2026-03-04,25.5", "p2,2026-03-02,0"));
    DailySeries p1 = r.series().get(0);
    assertThat(p1.start()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(p1.scores()).containsExactly(20, DailySeries.MISSING, DailySeries.MISSING, 26);
    assertThat(r.series().get(1).scores()).containsExactly(0);
    assertThat(p1.hasItems()).isFalse();
  }

  @Test
  void parse_duplicateDates_keepTheLastLine_andAreCounted() {
    SeriesCsv.Result r =
        SeriesCsv.parse(
            List.of(
                "date,score,patient", "2026-03-01,20,p1", "2026-03-01,31,p1", "2026-03-02,30,p1"));
    assertThat(r.series().get(0).scores()).containsExactly(31, 30);
    assertThat(r.duplicates()).isEqualTo(1);
  }

  @Test
  void parse_reportsEveryMalformedLineWithItsNumber() {
    List<String> lines =
        List.of(
            "patient,date,score",
            "p1,2026-03-01,20",
            "",
            "p1,03/02/2026,21",
            "p1,2026-03-03,140",
            "p1,2026-03-04",
            "p1,2026-03-05,abc");
    assertThatThrownBy(() -> SeriesCsv.parse(lines))
        .isInstanceOfSatisfying(
            SeriesFormatException.class,
            e -> {
              assertThat(e.code()).isEqualTo("DERM-0501");
              assertThat(e.problems())
                  .containsExactly(
                      "line 4: date must be YYYY-MM-DD",
                      "line 5: score must be between 0 and 103",
                      "line 6: 2 fields, expected 3",
                      "line 7: score is not a number");
            });
  }

  @Test
  void parse_readsItemColumns_withEmptyItemsAsMissing() {
    String header =
        "patient,date,score,extent,erythema,oedemaPapulation,oozingCrusts,excoriations,lichenification,dryness,itch,sleeplessness";
    SeriesCsv.Result r =
        SeriesCsv.parse(
            List.of(
                header,
                "p1,2026-03-01,48,30,2,2,1,1,2,1,6,4",
                "p1,2026-03-02,40,25,2,2,1,1,2,1,,"));
    DailySeries s = r.series().get(0);
    assertThat(s.hasItems()).isTrue();
    assertThat(s.items()[PoScoradItem.EXTENT.ordinal()]).containsExactly(30, 25);
    assertThat(s.items()[PoScoradItem.ITCH.ordinal()]).containsExactly(6, DailySeries.MISSING);
  }

  @Test
  void parse_rejectsAHeaderWithSomeItemColumnsOnly_orUnknownColumns() {
    assertThatThrownBy(
            () -> SeriesCsv.parse(List.of("patient,date,score,itch", "p1,2026-03-01,20,3")))
        .hasMessage("line 1: give all nine item columns or none");
    assertThatThrownBy(() -> SeriesCsv.parse(List.of("patient,day,score")))
        .hasMessage("line 1: unexpected column 'day'");
  }

  @Test
  void format_thenParse_givesBackTheSyntheticCohort() {
    List<DailySeries> cohort = SyntheticCohort.generate(12, 60, 5);
    List<DailySeries> back = SeriesCsv.parse(SeriesCsv.format(cohort)).series();
    assertThat(back).hasSize(12);
    for (int i = 0; i < cohort.size(); i++) {
      DailySeries a = cohort.get(i);
      DailySeries b = back.get(i);
      // The CSV starts at the first observed day: compare from there.
      int first = 0;
      while (a.scores()[first] == DailySeries.MISSING) {
        first++;
      }
      int last = a.lastObserved(a.length());
      assertThat(b.patient()).isEqualTo(a.patient());
      assertThat(b.start()).isEqualTo(a.start().plusDays(first));
      assertThat(b.scores())
          .containsExactly(java.util.Arrays.copyOfRange(a.scores(), first, last + 1));
      assertThat(b.items()[PoScoradItem.DRYNESS.ordinal()])
          .containsExactly(
              java.util.Arrays.copyOfRange(
                  a.items()[PoScoradItem.DRYNESS.ordinal()], first, last + 1));
    }
  }
}
