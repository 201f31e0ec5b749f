package org.openderm.eczema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openderm.eczema.instrument.AreaRegion;
import org.openderm.eczema.instrument.AreaScore;
import org.openderm.eczema.instrument.Easi;
import org.openderm.eczema.instrument.EasiRegionItems;
import org.openderm.eczema.instrument.Pasi;
import org.openderm.eczema.instrument.PasiRegionItems;
import org.openderm.eczema.instrument.Range;
import org.openderm.eczema.instrument.Scorad;
import org.openderm.eczema.instrument.Scored;
import tools.jackson.databind.JsonNode;

/**
 * Reads EASI and PASI requests: {@code {"ageYears", "regions": {"headNeck"|"head", "upperLimbs",
 * "trunk", "lowerLimbs": {"areaPercent" | "areaScore", signs...}}}}.
 *
 * <p>All four regions are required. A region's area is either its affected percentage (converted to
 * the 0–6 area score) or the area score itself. In a region with area 0 the signs may be left out:
 * there is no lesion to grade, and the region contributes 0 whatever they are.
 */
final class RegionalReader {

  private static final List<String> REGION_KEYS =
      List.of("headNeck", "head", "upperLimbs", "trunk", "lowerLimbs");

  private RegionalReader() {}

  /** Scores an EASI request. */
  static Scored easi(JsonNode input) {
    InputReader reader = new InputReader();
    BigDecimal age = reader.number(input, "ageYears", "ageYears", ScoradReader.AGE);
    Map<AreaRegion, EasiRegionItems> items = new EnumMap<>(AreaRegion.class);
    for (Map.Entry<AreaRegion, RegionNode> entry : regions(reader, input).entrySet()) {
      List<BigDecimal> signs = new ArrayList<>();
      Integer area = read(reader, entry.getValue(), EasiRegionItems.SIGNS, Easi.SIGN, signs);
      if (area != null && signs.size() == EasiRegionItems.SIGNS.size()) {
        items.put(
            entry.getKey(),
            new EasiRegionItems(area, signs.get(0), signs.get(1), signs.get(2), signs.get(3)));
      }
    }
    reader.throwIfInvalid();
    return Easi.compute(items, Easi.usesChildWeights(age));
  }

  /** Scores a PASI request ({@code ageYears} is not used: PASI has one set of multipliers). */
  static Scored pasi(JsonNode input) {
    InputReader reader = new InputReader();
    Map<AreaRegion, PasiRegionItems> items = new EnumMap<>(AreaRegion.class);
    for (Map.Entry<AreaRegion, RegionNode> entry : regions(reader, input).entrySet()) {
      List<BigDecimal> signs = new ArrayList<>();
      Integer area = read(reader, entry.getValue(), PasiRegionItems.SIGNS, Pasi.SIGN, signs);
      if (area != null && signs.size() == PasiRegionItems.SIGNS.size()) {
        items.put(
            entry.getKey(),
            new PasiRegionItems(
                area, signs.get(0).intValue(), signs.get(1).intValue(), signs.get(2).intValue()));
      }
    }
    reader.throwIfInvalid();
    return Pasi.compute(items);
  }

  /** One region's JSON object and its path in the request. */
  private record RegionNode(String path, JsonNode node) {}

  private static Map<AreaRegion, RegionNode> regions(InputReader reader, JsonNode input) {
    Map<AreaRegion, RegionNode> found = new EnumMap<>(AreaRegion.class);
    JsonNode regions = reader.object(input, "regions", "regions", "the four body regions");
    if (regions == null) {
      return found;
    }
    reader.rejectUnknown(regions, "regions", REGION_KEYS);
    if (regions.has("head") && regions.has("headNeck")) {
      reader.fail("regions.head", "give either head or headNeck, not both");
    }
    for (AreaRegion region : AreaRegion.values()) {
      String key = region == AreaRegion.HEAD_NECK && regions.has("head") ? "head" : region.key();
      String path = "regions." + key;
      JsonNode node = reader.object(regions, key, path, "area and signs");
      if (node != null) {
        found.put(region, new RegionNode(path, node));
      }
    }
    return found;
  }

  /** Reads a region's area score (returned) and its signs (added to {@code signs}). */
  private static Integer read(
      InputReader reader,
      RegionNode region,
      List<String> names,
      Range range,
      List<BigDecimal> signs) {
    List<String> allowed = new ArrayList<>(List.of("areaPercent", "areaScore"));
    allowed.addAll(names);
    reader.rejectUnknown(region.node(), region.path(), allowed);
    Integer area = area(reader, region);
    for (String name : names) {
      String path = region.path() + "." + name;
      BigDecimal sign =
          Integer.valueOf(0).equals(area)
              ? reader.optionalNumber(region.node(), name, path, range)
              : reader.number(region.node(), name, path, range);
      if (sign == null && Integer.valueOf(0).equals(area) && !region.node().hasNonNull(name)) {
        sign = BigDecimal.ZERO;
      }
      if (sign != null) {
        signs.add(sign);
      }
    }
    return area;
  }

  private static Integer area(InputReader reader, RegionNode region) {
    JsonNode node = region.node();
    boolean byPercent = node.hasNonNull("areaPercent");
    boolean byScore = node.hasNonNull("areaScore");
    if (byPercent && byScore) {
      reader.fail(region.path() + ".areaScore", "give either areaPercent or areaScore, not both");
      return null;
    }
    if (byScore) {
      BigDecimal score =
          reader.number(node, "areaScore", region.path() + ".areaScore", AreaScore.SCORE);
      return score == null ? null : score.intValueExact();
    }
    BigDecimal percent =
        reader.number(node, "areaPercent", region.path() + ".areaPercent", Scorad.EXTENT);
    return percent == null ? null : AreaScore.fromPercent(percent);
  }
}
