package org.openderm.eczema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openderm.system.InvalidInputException;
import org.openderm.system.NotComputableException;
import org.openderm.system.NotFoundException;
import org.openderm.system.OpenDermException;
import org.openderm.system.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The facade: JSON in (DESIGN §4), result out, every invalid field reported. */
class ScoreCalculatorTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INTENSITY =
      "\"intensity\":{\"erythema\":2,\"oedemaPapulation\":2,\"oozingCrusts\":1,"
          + "\"excoriations\":2,\"lichenification\":1,\"dryness\":1}";

  private final ScoreCalculator calculator = new ScoreCalculator();

  static JsonNode json(String text) {
    return JSON.readTree(text);
  }

  @Test
  void scorad_fromExtentPercent_defaultKunzBands() {
    ScoreResult result =
        calculator.compute(
            Instrument.SCORAD,
            json("{\"extentPercent\":20," + INTENSITY + ",\"itch\":6,\"sleeplessness\":4}"));

    assertThat(result.instrument()).isEqualTo("scorad");
    assertThat(result.score()).isEqualTo(45.5);
    assertThat(result.max()).isEqualTo(103);
    assertThat(result.band()).isEqualTo(new ScoreBand("moderate", "ETFAD-Kunz-1997"));
    assertThat(result.components()).containsEntry("extentSource", "percent");
  }

  @Test
  void scorad_fromRegions_usesRuleOfNines() {
    ScoreResult result =
        calculator.compute(
            Instrument.PO_SCORAD,
            json(
                "{\"ageYears\":30,\"extent\":{\"headNeck\":100,\"back\":50},"
                    + INTENSITY
                    + ",\"itch\":6,\"sleeplessness\":4}"));

    // A = 9 + 9 = 18: 18/5 + 31.5 + 10 = 45.1
    assertThat(result.score()).isEqualTo(45.1);
    assertThat(result.components()).containsEntry("extent", 18);
  }

  @Test
  void scorad_regionsUnderTwoYears_refusedRatherThanGuessed() {
    JsonNode infant =
        json(
            "{\"ageYears\":1,\"extent\":{\"headNeck\":100},"
                + INTENSITY
                + ",\"itch\":6,\"sleeplessness\":4}");

    assertThatThrownBy(() -> calculator.compute(Instrument.SCORAD, infant))
        .isInstanceOf(InfantExtentNotConfirmedException.class)
        .satisfies(e -> assertThat(((OpenDermException) e).code()).isEqualTo("DERM-0402"))
        .satisfies(e -> assertThat(((OpenDermException) e).status()).isEqualTo(422));
  }

  @Test
  void scorad_invalidInput_listsEveryFieldWithItsRange() {
    JsonNode bad =
        json(
            "{\"extentPercent\":120,\"intensity\":{\"erythema\":4,\"oedemaPapulation\":2,"
                + "\"oozingCrusts\":1.5,\"excoriations\":2,\"lichenification\":1},"
                + "\"itch\":11}");

    assertThatThrownBy(() -> calculator.compute(Instrument.SCORAD, bad))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .containsExactlyInAnyOrder(
                        new Violation("extentPercent", "must be a number from 0 to 100"),
                        new Violation("intensity.erythema", "must be an integer from 0 to 3"),
                        new Violation("intensity.oozingCrusts", "must be an integer from 0 to 3"),
                        new Violation("intensity.dryness", "is required: an integer from 0 to 3"),
                        new Violation("itch", "must be a number from 0 to 10"),
                        new Violation("sleeplessness", "is required: a number from 0 to 10")));
  }

  @Test
  void oscorad_ignoresSymptoms_usesOranjeBands() {
    ScoreResult result =
        calculator.compute(Instrument.OSCORAD, json("{\"extentPercent\":20," + INTENSITY + "}"));

    assertThat(result.score()).isEqualTo(35.5);
    assertThat(result.max()).isEqualTo(83);
    assertThat(result.band()).isEqualTo(new ScoreBand("moderate", "Oranje-2007"));
  }

  @Test
  void bandSet_canBeChosenPerCall_orConfigured() {
    JsonNode input =
        json("{\"extentPercent\":20," + INTENSITY + ",\"itch\":3,\"sleeplessness\":0}");

    // 4 + 31.5 + 3 = 38.5: moderate in both conventions
    assertThat(calculator.compute(Instrument.SCORAD, input, "Chopra-2017").band())
        .isEqualTo(new ScoreBand("moderate", "Chopra-2017"));
    ScoreCalculator configured = new ScoreCalculator(Map.of(Instrument.SCORAD, "Chopra-2017"));
    assertThat(configured.compute(Instrument.SCORAD, input).band().bandSet())
        .isEqualTo("Chopra-2017");
    assertThatThrownBy(() -> calculator.compute(Instrument.SCORAD, input, "Nope"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new ScoreCalculator(Map.of(Instrument.EASI, "Oranje-2007")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void easi_childWeights_andHeadAlias() {
    String regions =
        "\"regions\":{\"head\":{\"areaPercent\":15,\"erythema\":2,\"oedemaPapulation\":1,"
            + "\"excoriation\":1,\"lichenification\":0},"
            + "\"upperLimbs\":{\"areaScore\":3,\"erythema\":2,\"oedemaPapulation\":2,"
            + "\"excoriation\":1,\"lichenification\":1},"
            + "\"trunk\":{\"areaPercent\":5,\"erythema\":1,\"oedemaPapulation\":1,"
            + "\"excoriation\":0,\"lichenification\":0},"
            + "\"lowerLimbs\":{\"areaPercent\":55,\"erythema\":2,\"oedemaPapulation\":2,"
            + "\"excoriation\":2,\"lichenification\":2}}";

    assertThat(
            calculator.compute(Instrument.EASI, json("{\"ageYears\":40," + regions + "}")).score())
        .isEqualTo(17.8);
    ScoreResult child =
        calculator.compute(Instrument.EASI, json("{\"ageYears\":5," + regions + "}"));
    assertThat(child.score()).isEqualTo(15.4);
    assertThat(child.band()).isEqualTo(new ScoreBand("moderate", "Leshem-2015"));
  }

  @Test
  void easi_regionWithoutEczema_needsNoSigns_butOtherRegionsDo() {
    String input =
        "{\"ageYears\":40,\"regions\":{\"headNeck\":{\"areaPercent\":0},"
            + "\"upperLimbs\":{\"areaPercent\":0},\"trunk\":{\"areaPercent\":0},"
            + "\"lowerLimbs\":{\"areaPercent\":20,\"erythema\":0.5,\"oedemaPapulation\":3.5}}}";

    assertThatThrownBy(() -> calculator.compute(Instrument.EASI, json(input)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactlyInAnyOrder(
                        "regions.lowerLimbs.oedemaPapulation",
                        "regions.lowerLimbs.excoriation",
                        "regions.lowerLimbs.lichenification"));
  }

  @Test
  void poem_twoBlanks_notComputable_butOutOfRangeIsInvalid() {
    assertThat(
            calculator.compute(Instrument.POEM, json("{\"answers\":[4,null,1,0,2,3,4]}")).score())
        .isEqualTo(14);
    assertThatThrownBy(
            () -> calculator.compute(Instrument.POEM, json("{\"answers\":[4,null,1,null,2,3,4]}")))
        .isInstanceOf(NotComputableException.class);
    assertThatThrownBy(
            () -> calculator.compute(Instrument.POEM, json("{\"answers\":[5,null,1,null,2,3,4]}")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation("answers[0]", "must be an integer from 0 to 4")));
    assertThatThrownBy(() -> calculator.compute(Instrument.POEM, json("{\"answers\":[1,2]}")))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void uas7_salt_dlqi_pasi_fromJson() {
    String day = "{\"wheals\":3,\"itch\":3}";
    String days = String.join(",", java.util.Collections.nCopies(7, day));
    assertThat(calculator.compute(Instrument.UAS7, json("{\"days\":[" + days + "]}")).band().name())
        .isEqualTo("severe");
    ScoreResult salt =
        calculator.compute(
            Instrument.SALT,
            json(
                "{\"regions\":{\"vertex\":50,\"posterior\":25,\"rightSide\":100,\"leftSide\":0}}"));
    assertThat(salt.score()).isEqualTo(44);
    assertThat(salt.band()).isEqualTo(new ScoreBand("S2", "Olsen-2004"));
    assertThat(
            calculator
                .compute(Instrument.DLQI, json("{\"answers\":[3,2,1,0,2,1,3,0,1,2]}"))
                .score())
        .isEqualTo(15);
    assertThatThrownBy(
            () -> calculator.compute(Instrument.UAS7, json("{\"days\":[{\"wheals\":4}]}")))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void unknownInstrument_is404WithItsCode() {
    assertThatThrownBy(() -> Instrument.fromId("bsa"))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("DERM-0401"));
  }
}
