package org.openderm.eczema;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openderm.eczema.instrument.Range;
import org.openderm.eczema.instrument.Scorad;
import org.openderm.eczema.instrument.ScoradItems;
import org.openderm.eczema.instrument.ScoradRegion;
import org.openderm.eczema.instrument.ScoradSign;
import org.openderm.eczema.instrument.Scored;
import tools.jackson.databind.JsonNode;

/**
 * Reads SCORAD, objective SCORAD and PO-SCORAD requests (DESIGN §4) and scores them.
 *
 * <p>Extent comes either as {@code extentPercent} (whole body) or as {@code extent}, the affected
 * percentage of each region, converted with the rule of nines; regions left out of {@code extent}
 * are unaffected (a body map sends only what was marked). Per-region extent needs {@code ageYears}
 * because the form's table depends on age.
 */
final class ScoradReader {

  static final Range AGE = Range.continuous(0, 150);

  private static final List<String> SIGNS =
      Arrays.stream(ScoradSign.values()).map(ScoradSign::key).toList();
  private static final List<String> REGIONS =
      Arrays.stream(ScoradRegion.values()).map(ScoradRegion::key).toList();

  private ScoradReader() {}

  /** Scores a SCORAD-family request; {@code objective} drops itch and sleeplessness. */
  static Scored score(JsonNode input, boolean objective) {
    InputReader reader = new InputReader();
    Map<ScoradSign, Integer> intensity = intensity(reader, input);
    Map<ScoradRegion, BigDecimal> regions = new EnumMap<>(ScoradRegion.class);
    BigDecimal extentPercent = extent(reader, input, regions);
    boolean byRegion = input.hasNonNull("extent");
    BigDecimal age =
        byRegion
            ? reader.number(input, "ageYears", "ageYears", AGE)
            : reader.optionalNumber(input, "ageYears", "ageYears", AGE);
    BigDecimal itch = null;
    BigDecimal sleeplessness = null;
    if (!objective) {
      itch = reader.number(input, "itch", "itch", Scorad.SYMPTOM);
      sleeplessness = reader.number(input, "sleeplessness", "sleeplessness", Scorad.SYMPTOM);
    }
    reader.throwIfInvalid();
    if (byRegion) {
      if (age.compareTo(Scorad.INFANT_AGE_YEARS) < 0) {
        throw new InfantExtentNotConfirmedException();
      }
      extentPercent = Scorad.extentFromRegions(regions);
    }
    ScoradItems items = new ScoradItems(extentPercent, intensity, itch, sleeplessness);
    Scored scored = objective ? Scorad.objective(items) : Scorad.total(items);
    Map<String, Object> components = new LinkedHashMap<>(scored.components());
    components.put("extentSource", byRegion ? "regions" : "percent");
    if (byRegion) {
      components.put("bodySurfaceTable", "ruleOfNines");
    }
    return new Scored(scored.score(), components);
  }

  private static Map<ScoradSign, Integer> intensity(InputReader reader, JsonNode input) {
    JsonNode node = reader.object(input, "intensity", "intensity", "the six signs " + SIGNS);
    Map<ScoradSign, Integer> grades = new EnumMap<>(ScoradSign.class);
    if (node == null) {
      return grades;
    }
    reader.rejectUnknown(node, "intensity", SIGNS);
    for (ScoradSign sign : ScoradSign.values()) {
      BigDecimal grade =
          reader.number(node, sign.key(), "intensity." + sign.key(), Scorad.INTENSITY);
      if (grade != null) {
        grades.put(sign, grade.intValueExact());
      }
    }
    return grades;
  }

  private static BigDecimal extent(
      InputReader reader, JsonNode input, Map<ScoradRegion, BigDecimal> regions) {
    boolean byPercent = input.hasNonNull("extentPercent");
    boolean byRegion = input.hasNonNull("extent");
    if (byPercent && byRegion) {
      reader.fail("extent", "give either extentPercent or extent by region, not both");
      return null;
    }
    if (!byRegion) {
      return reader.number(input, "extentPercent", "extentPercent", Scorad.EXTENT);
    }
    JsonNode node = reader.object(input, "extent", "extent", "percent affected per region");
    if (node != null) {
      reader.rejectUnknown(node, "extent", REGIONS);
      for (ScoradRegion region : ScoradRegion.values()) {
        BigDecimal percent =
            reader.optionalNumber(node, region.key(), "extent." + region.key(), Scorad.EXTENT);
        if (percent != null) {
          regions.put(region, percent);
        }
      }
    }
    return null;
  }
}
