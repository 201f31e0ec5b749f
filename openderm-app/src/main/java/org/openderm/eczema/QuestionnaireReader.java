package org.openderm.eczema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openderm.eczema.instrument.Cdlqi;
import org.openderm.eczema.instrument.ControlTest;
import org.openderm.eczema.instrument.Dlqi;
import org.openderm.eczema.instrument.Ihs4;
import org.openderm.eczema.instrument.Napsi;
import org.openderm.eczema.instrument.Poem;
import org.openderm.eczema.instrument.Range;
import org.openderm.eczema.instrument.Salt;
import org.openderm.eczema.instrument.SaltRegion;
import org.openderm.eczema.instrument.Scored;
import org.openderm.eczema.instrument.Uas7;
import org.openderm.eczema.instrument.UrticariaDay;
import tools.jackson.databind.JsonNode;

/**
 * Reads the list-shaped, count and scalp requests: POEM, DLQI, CDLQI, ADCT, UCT, UAS7, SALT, IHS4
 * and NAPSI (DESIGN §4).
 */
final class QuestionnaireReader {

  private QuestionnaireReader() {}

  /** POEM: {@code {"answers": [7 values 0..4 or null]}}. */
  static Scored poem(JsonNode input) {
    return Poem.compute(answers(input, Poem.ITEMS, Poem.ITEM));
  }

  /** DLQI: {@code {"answers": [10 values 0..3 or null]}}. */
  static Scored dlqi(JsonNode input) {
    return Dlqi.compute(answers(input, Dlqi.ITEMS, Dlqi.ITEM));
  }

  /** CDLQI: {@code {"answers": [10 values 0..3 or null]}}. */
  static Scored cdlqi(JsonNode input) {
    return Cdlqi.compute(answers(input, Cdlqi.ITEMS, Cdlqi.ITEM));
  }

  /** ADCT: {@code {"answers": [6 values 0..4]}}, every item answered. */
  static Scored adct(JsonNode input) {
    return ControlTest.compute(complete(input, ControlTest.ADCT_ITEMS));
  }

  /** UCT: {@code {"answers": [4 values 0..4]}}, every item answered. */
  static Scored uct(JsonNode input) {
    return ControlTest.compute(complete(input, ControlTest.UCT_ITEMS));
  }

  /** IHS4: {@code {"nodules": n, "abscesses": n, "drainingTunnels": n}}, counts 0..100. */
  static Scored ihs4(JsonNode input) {
    InputReader reader = new InputReader();
    List<String> names = List.of("nodules", "abscesses", "drainingTunnels");
    reader.rejectUnknown(input, "", names);
    int[] counts = new int[names.size()];
    for (int i = 0; i < names.size(); i++) {
      BigDecimal n = reader.number(input, names.get(i), names.get(i), Ihs4.COUNT);
      counts[i] = n == null ? 0 : n.intValueExact();
    }
    reader.throwIfInvalid();
    return Ihs4.compute(counts[0], counts[1], counts[2]);
  }

  /** NAPSI: {@code {"nails": [1..20 x {"matrix": 0..4, "bed": 0..4}]}}. */
  static Scored napsi(JsonNode input) {
    InputReader reader = new InputReader();
    JsonNode nails = input.get("nails");
    if (nails == null || !nails.isArray() || nails.isEmpty() || nails.size() > Napsi.MAX_NAILS) {
      reader.fail("nails", "must be an array of 1 to 20 nails {matrix, bed}");
      reader.throwIfInvalid();
    }
    List<Napsi.Nail> parsed = new ArrayList<>();
    for (int i = 0; i < nails.size(); i++) {
      String path = "nails[" + i + "]";
      JsonNode nail = nails.get(i);
      if (!nail.isObject()) {
        reader.fail(path, "must be an object {matrix, bed}");
        continue;
      }
      reader.rejectUnknown(nail, path, List.of("matrix", "bed"));
      BigDecimal matrix = reader.number(nail, "matrix", path + ".matrix", Napsi.QUADRANTS);
      BigDecimal bed = reader.number(nail, "bed", path + ".bed", Napsi.QUADRANTS);
      if (matrix != null && bed != null) {
        parsed.add(new Napsi.Nail(matrix.intValueExact(), bed.intValueExact()));
      }
    }
    reader.throwIfInvalid();
    return Napsi.compute(parsed);
  }

  /** UAS7: {@code {"days": [7 x {"wheals": 0..3, "itch": 0..3}]}}. */
  static Scored uas7(JsonNode input) {
    InputReader reader = new InputReader();
    JsonNode days = reader.array(input, "days", Uas7.DAYS, "days of {wheals, itch}");
    List<UrticariaDay> parsed = new ArrayList<>();
    for (int i = 0; days != null && i < days.size(); i++) {
      String path = "days[" + i + "]";
      JsonNode day = days.get(i);
      if (!day.isObject()) {
        reader.fail(path, "must be an object {wheals, itch}");
        continue;
      }
      reader.rejectUnknown(day, path, List.of("wheals", "itch"));
      BigDecimal wheals = reader.number(day, "wheals", path + ".wheals", Uas7.ITEM);
      BigDecimal itch = reader.number(day, "itch", path + ".itch", Uas7.ITEM);
      if (wheals != null && itch != null) {
        parsed.add(new UrticariaDay(wheals.intValueExact(), itch.intValueExact()));
      }
    }
    reader.throwIfInvalid();
    return Uas7.compute(parsed);
  }

  /** SALT: {@code {"regions": {"vertex", "posterior", "rightSide", "leftSide"}}} in % loss. */
  static Scored salt(JsonNode input) {
    InputReader reader = new InputReader();
    JsonNode regions = reader.object(input, "regions", "regions", "hair loss % per scalp view");
    Map<SaltRegion, BigDecimal> loss = new EnumMap<>(SaltRegion.class);
    if (regions != null) {
      List<String> keys = Arrays.stream(SaltRegion.values()).map(SaltRegion::key).toList();
      reader.rejectUnknown(regions, "regions", keys);
      for (SaltRegion region : SaltRegion.values()) {
        BigDecimal value =
            reader.number(regions, region.key(), "regions." + region.key(), Salt.LOSS);
        if (value != null) {
          loss.put(region, value);
        }
      }
    }
    reader.throwIfInvalid();
    return Salt.compute(loss);
  }

  /** Item scores 0..4 that must all be answered (the control tests are not scored otherwise). */
  private static List<Integer> complete(JsonNode input, int items) {
    InputReader reader = new InputReader();
    Range range = ControlTest.ITEM;
    JsonNode array = reader.array(input, "answers", items, "answers (" + range.describe() + ")");
    List<Integer> answers = new ArrayList<>();
    for (int i = 0; array != null && i < array.size(); i++) {
      JsonNode answer = array.get(i);
      if (answer.isNull()) {
        reader.fail("answers[" + i + "]", "required: every item must be answered");
        continue;
      }
      BigDecimal value = reader.value(answer, "answers[" + i + "]", range);
      if (value != null) {
        answers.add(value.intValueExact());
      }
    }
    reader.throwIfInvalid();
    return answers;
  }

  private static List<Integer> answers(JsonNode input, int items, Range range) {
    InputReader reader = new InputReader();
    JsonNode array =
        reader.array(input, "answers", items, "answers (" + range.describe() + ", or null)");
    List<Integer> answers = new ArrayList<>();
    for (int i = 0; array != null && i < array.size(); i++) {
      JsonNode answer = array.get(i);
      if (answer.isNull()) {
        answers.add(null);
        continue;
      }
      BigDecimal value = reader.value(answer, "answers[" + i + "]", range);
      answers.add(value == null ? null : value.intValueExact());
    }
    reader.throwIfInvalid();
    return answers;
  }
}
