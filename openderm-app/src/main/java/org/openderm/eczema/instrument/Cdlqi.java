package org.openderm.eczema.instrument;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Children's Dermatology Life Quality Index from its ten item scores (0–3 each; for question 7,
 * "prevented school" scores 3); 0 to 30. One unanswered item counts 0; two or more make it not
 * computable, as for the DLQI.
 *
 * <p>Only item scores are handled: the questionnaire's wording is copyrighted (DESIGN §6). Source:
 * Lewis-Jones MS, Finlay AY. The Children's Dermatology Life Quality Index (CDLQI): initial
 * validation and practical use. Br J Dermatol 1995;132:942-949. Bands: Waters A, Sandhu D, Beattie
 * P, Ezughah F, Lewis-Jones S. Severity stratification of Children's Dermatology Life Quality Index
 * (CDLQI) scores. Br J Dermatol 2010;163(Suppl 1):121. For children aged 4 to 16.
 */
public final class Cdlqi {

  /** The highest CDLQI. */
  public static final int MAX = 30;

  /** The number of items. */
  public static final int ITEMS = 10;

  /** One item score. */
  public static final Range ITEM = Range.integers(0, 3);

  /** CDLQI bands. */
  public static final List<BandSet> BANDS =
      List.of(
          BandSet.builder(
                  "Waters-2010",
                  "Waters A et al. Br J Dermatol 2010;163(Suppl 1):121 (0-1 no effect, 2-6 small,"
                      + " 7-12 moderate, 13-18 very large, 19-30 extremely large effect).")
              .below("noEffect", "2")
              .below("smallEffect", "7")
              .below("moderateEffect", "13")
              .below("veryLargeEffect", "19")
              .upTo("extremelyLargeEffect", "30")
              .build());

  private Cdlqi() {}

  /** The CDLQI from ten item scores, {@code null} for an unanswered item. */
  public static Scored compute(List<Integer> answers) {
    int sum = Questionnaire.sum("CDLQI", answers, ITEMS, ITEM);
    Map<String, Object> components = new LinkedHashMap<>();
    components.put("unansweredCountedAsZero", Questionnaire.unanswered(answers));
    return new Scored(BigDecimal.valueOf(sum), components);
  }
}
