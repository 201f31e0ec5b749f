package org.openderm.eczema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openderm.eczema.instrument.Dlqi;
import org.openderm.eczema.instrument.Poem;
import org.openderm.eczema.instrument.Range;
import org.openderm.eczema.instrument.Salt;
import org.openderm.eczema.instrument.SaltRegion;
import org.openderm.eczema.instrument.Scored;
import org.openderm.eczema.instrument.Uas7;
import org.openderm.eczema.instrument.UrticariaDay;
import tools.jackson.databind.JsonNode;

/** Reads the list-shaped and scalp requests: POEM, DLQI, UAS7 and SALT (DESIGN §4). */
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
