package org.openderm.eczema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openderm.eczema.ScoreCalculatorTest.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openderm.system.InvalidInputException;
import org.openderm.system.NotComputableException;
import org.openderm.system.Violation;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Issue 20: CDLQI, ADCT, UCT, IHS4 and NAPSI, exact, with worked examples on each side of every
 * published cut-off.
 */
class NewScoresTest {

  private final ScoreCalculator calculator = new ScoreCalculator();
  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new ScoreController(calculator)).build();

  private ScoreResult score(Instrument instrument, String input) {
    return calculator.compute(instrument, json(input));
  }

  /** IHS4 = nodules + 2 x abscesses + 4 x draining tunnels; 3 or less mild, 4-10, 11 or more. */
  @ParameterizedTest
  @CsvSource({
    "0, 0, 0, 0, mild",
    "3, 0, 0, 3, mild",
    "2, 1, 0, 4, moderate",
    "2, 2, 1, 10, moderate",
    "1, 1, 2, 11, severe",
    "5, 3, 4, 27, severe"
  })
  void ihs4_workedExamples(int nodules, int abscesses, int tunnels, double total, String band) {
    ScoreResult r =
        score(
            Instrument.IHS4,
            "{\"nodules\":"
                + nodules
                + ",\"abscesses\":"
                + abscesses
                + ",\"drainingTunnels\":"
                + tunnels
                + "}");
    assertThat(r.score()).isEqualTo(total);
    assertThat(r.band()).isEqualTo(new ScoreBand(band, "Zouboulis-2017"));
  }

  @Test
  void ihs4_refusesNegativeOrFractionalCounts_andUnknownFields() {
    assertThatThrownBy(
            () ->
                score(Instrument.IHS4, "{\"nodules\":-1,\"abscesses\":1.5,\"drainingTunnels\":0}"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactlyInAnyOrder("nodules", "abscesses"));
    assertThatThrownBy(
            () ->
                score(
                    Instrument.IHS4,
                    "{\"nodules\":1,\"abscesses\":1,\"drainingTunnels\":0,\"hurley\":2}"))
        .isInstanceOf(InvalidInputException.class);
  }

  /** ADCT: six items 0-4, 7 or more = not adequately controlled (Pariser 2020). */
  @Test
  void adct_cutOffAt7() {
    ScoreResult six = score(Instrument.ADCT, "{\"answers\":[1,1,1,1,1,1]}");
    assertThat(six.score()).isEqualTo(6);
    assertThat(six.max()).isEqualTo(24);
    assertThat(six.band()).isEqualTo(new ScoreBand("controlled", "Pariser-2020"));
    ScoreResult seven = score(Instrument.ADCT, "{\"answers\":[1,1,1,1,1,2]}");
    assertThat(seven.score()).isEqualTo(7);
    assertThat(seven.band().name()).isEqualTo("notControlled");
    assertThat(score(Instrument.ADCT, "{\"answers\":[4,4,4,4,4,4]}").score()).isEqualTo(24);
  }

  @Test
  void adctAndUct_needEveryItem_andItemsFrom0To4() {
    assertThatThrownBy(() -> score(Instrument.ADCT, "{\"answers\":[1,1,null,1,1,1]}"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("answers[2]"));
    assertThatThrownBy(() -> score(Instrument.UCT, "{\"answers\":[1,1,5,1]}"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("answers[2]"));
    assertThatThrownBy(() -> score(Instrument.UCT, "{\"answers\":[1,1,1]}"))
        .isInstanceOf(InvalidInputException.class);
  }

  /** UCT: four items 0-4, below 12 = poorly controlled, 16 = complete control (Weller 2014). */
  @Test
  void uct_cutOffAt12() {
    ScoreResult eleven = score(Instrument.UCT, "{\"answers\":[3,3,3,2]}");
    assertThat(eleven.score()).isEqualTo(11);
    assertThat(eleven.band()).isEqualTo(new ScoreBand("poorlyControlled", "Weller-2014"));
    ScoreResult twelve = score(Instrument.UCT, "{\"answers\":[3,3,3,3]}");
    assertThat(twelve.band().name()).isEqualTo("wellControlled");
    ScoreResult full = score(Instrument.UCT, "{\"answers\":[4,4,4,4]}");
    assertThat(full.score()).isEqualTo(16);
    assertThat(full.max()).isEqualTo(16);
  }

  /** CDLQI bands (Waters 2010): 0-1, 2-6, 7-12, 13-18, 19-30. */
  @ParameterizedTest
  @CsvSource({
    "'1,0,0,0,0,0,0,0,0,0', 1, noEffect",
    "'1,1,0,0,0,0,0,0,0,0', 2, smallEffect",
    "'3,3,0,0,0,0,0,0,0,0', 6, smallEffect",
    "'3,3,1,0,0,0,0,0,0,0', 7, moderateEffect",
    "'3,3,3,3,0,0,0,0,0,0', 12, moderateEffect",
    "'3,3,3,3,1,0,0,0,0,0', 13, veryLargeEffect",
    "'3,3,3,3,3,3,0,0,0,0', 18, veryLargeEffect",
    "'3,3,3,3,3,3,1,0,0,0', 19, extremelyLargeEffect",
    "'3,3,3,3,3,3,3,3,3,3', 30, extremelyLargeEffect"
  })
  void cdlqi_workedExamples(String answers, double total, String band) {
    ScoreResult r = score(Instrument.CDLQI, "{\"answers\":[" + answers + "]}");
    assertThat(r.score()).isEqualTo(total);
    assertThat(r.band()).isEqualTo(new ScoreBand(band, "Waters-2010"));
  }

  @Test
  void cdlqi_oneUnansweredCountsZero_twoAreNotScored() {
    ScoreResult r = score(Instrument.CDLQI, "{\"answers\":[2,2,null,1,0,0,0,0,0,0]}");
    assertThat(r.score()).isEqualTo(5);
    assertThat(r.components()).containsEntry("unansweredCountedAsZero", 1);
    assertThatThrownBy(() -> score(Instrument.CDLQI, "{\"answers\":[2,2,null,null,0,0,0,0,0,0]}"))
        .isInstanceOf(NotComputableException.class);
  }

  /** NAPSI: per nail, quadrants with matrix signs (0-4) + with bed signs (0-4). */
  @Test
  void napsi_sumsMatrixAndBedQuadrants() {
    ScoreResult r =
        score(Instrument.NAPSI, "{\"nails\":[{\"matrix\":4,\"bed\":4},{\"matrix\":2,\"bed\":1}]}");
    assertThat(r.score()).isEqualTo(11);
    assertThat(r.components()).containsEntry("matrix", 6).containsEntry("bed", 5);
    assertThat(r.band()).isEqualTo(new ScoreBand("notBanded", "Rich-Scher-2003"));
    String tenWorst =
        "{\"nails\":[" + "{\"matrix\":4,\"bed\":4},".repeat(9) + "{\"matrix\":4,\"bed\":4}]}";
    assertThat(score(Instrument.NAPSI, tenWorst).score()).isEqualTo(80);
    assertThatThrownBy(() -> score(Instrument.NAPSI, "{\"nails\":[{\"matrix\":5,\"bed\":0}]}"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("nails[0].matrix"));
    assertThatThrownBy(() -> score(Instrument.NAPSI, "{\"nails\":[]}"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void postedLikeTheOtherInstruments() throws Exception {
    mvc.perform(
            post("/api/v1/scores/ihs4")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"nodules\":1,\"abscesses\":1,\"drainingTunnels\":2}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.instrument").value("ihs4"))
        .andExpect(jsonPath("$.score").value(11))
        .andExpect(jsonPath("$.band.name").value("severe"));
    mvc.perform(
            post("/api/v1/scores/uct")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\":[4,4,4,4]}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.band.name").value("wellControlled"));
  }

  @Test
  void formsAreGeneratedForTheNewInstruments() {
    assertThat(CalculatorForms.fields(Instrument.CDLQI, false)).hasSize(10);
    assertThat(CalculatorForms.fields(Instrument.ADCT, false)).hasSize(6);
    assertThat(CalculatorForms.fields(Instrument.UCT, false)).hasSize(4);
    assertThat(CalculatorForms.fields(Instrument.IHS4, false))
        .extracting(FormField::path)
        .containsExactly("nodules", "abscesses", "drainingTunnels");
    assertThat(CalculatorForms.fields(Instrument.NAPSI, false)).hasSize(40);
  }
}
