package org.openderm.eczema.instrument;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Dermatology Life Quality Index from its ten item scores (0–3 each; "not relevant" scores 0);
 * 0 to 30. One unanswered item counts 0; two or more make it not computable.
 *
 * <p>Only item scores are handled: the questionnaire's wording is copyrighted and is shown only
 * where a licence is configured. Source: Finlay AY, Khan GK. Dermatology Life Quality Index
 * (DLQI)—a simple practical measure for routine clinical use. Clin Exp Dermatol 1994;19:210-216,
 * and its scoring instructions. Not for: children under 16 (the CDLQI exists for them).
 */
public final class Dlqi {

  /** The highest DLQI. */
  public static final int MAX = 30;

  /** The number of items. */
  public static final int ITEMS = 10;

  /** One item score. */
  public static final Range ITEM = Range.integers(0, 3);

  /** DLQI bands. */
  public static final List<BandSet> BANDS =
      List.of(
          BandSet.builder(
                  "Hongbo-2005",
                  "Hongbo Y, Thomas CL, Harrison MA, Salek MS, Finlay AY. Translating the science"
                      + " of quality of life into practice: what do dermatology life quality index"
                      + " scores mean? J Invest Dermatol 2005;125:659-664 (0-1 no effect, 2-5 small,"
                      + " 6-10 moderate, 11-20 very large, 21-30 extremely large effect).")
              .below("noEffect", "2")
              .below("smallEffect", "6")
              .below("moderateEffect", "11")
              .below("veryLargeEffect", "21")
              .upTo("extremelyLargeEffect", "30")
              .build());

  /** The published sub-scales, by item number (1-based). */
  private static final Map<String, int[]> DOMAINS = domains();

  private Dlqi() {}

  /** The DLQI from ten item scores, {@code null} for an unanswered item. */
  public static Scored compute(List<Integer> answers) {
    int sum = Questionnaire.sum("DLQI", answers, ITEMS, ITEM);
    Map<String, Object> components = new LinkedHashMap<>();
    for (Map.Entry<String, int[]> domain : DOMAINS.entrySet()) {
      int part = 0;
      for (int item : domain.getValue()) {
        Integer answer = answers.get(item - 1);
        part += answer == null ? 0 : answer;
      }
      components.put(domain.getKey(), part);
    }
    components.put("unansweredCountedAsZero", Questionnaire.unanswered(answers));
    return new Scored(BigDecimal.valueOf(sum), components);
  }

  private static Map<String, int[]> domains() {
    Map<String, int[]> domains = new LinkedHashMap<>();
    domains.put("symptomsAndFeelings", new int[] {1, 2});
    domains.put("dailyActivities", new int[] {3, 4});
    domains.put("leisure", new int[] {5, 6});
    domains.put("workAndSchool", new int[] {7});
    domains.put("personalRelationships", new int[] {8, 9});
    domains.put("treatment", new int[] {10});
    return domains;
  }
}
