package org.openderm.eczema.instrument;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Patient-Oriented Eczema Measure: seven questions on the past week, each scored by the number
 * of days (0 none, 1 one or two, 2 three or four, 3 five or six, 4 every day); 0 to 28. One
 * unanswered question counts 0; two or more make the POEM not computable.
 *
 * <p>Source: Charman CR, Venn AJ, Williams HC. The Patient-Oriented Eczema Measure: development and
 * initial validation of a new tool for measuring atopic eczema severity from the patients'
 * perspective. Arch Dermatol 2004;140:1513-1519. Not for: single-day assessment (it asks about a
 * week).
 */
public final class Poem {

  /** The highest POEM. */
  public static final int MAX = 28;

  /** The number of questions. */
  public static final int ITEMS = 7;

  /** One answer: 0 to 4 (by number of days in the past week). */
  public static final Range ITEM = Range.integers(0, 4);

  /** POEM bands. */
  public static final List<BandSet> BANDS =
      List.of(
          BandSet.builder(
                  "Charman-2013",
                  "Charman CR, Venn AJ, Ravenscroft JC, Williams HC. Translating Patient-Oriented"
                      + " Eczema Measure (POEM) scores into clinical practice by suggesting severity"
                      + " strata derived using anchor-based methods. Br J Dermatol"
                      + " 2013;169:1326-1332 (0-2 clear or almost clear, 3-7 mild, 8-16 moderate,"
                      + " 17-24 severe, 25-28 very severe).")
              .below("clearOrAlmostClear", "3")
              .below("mild", "8")
              .below("moderate", "17")
              .below("severe", "25")
              .upTo("verySevere", "28")
              .build());

  private Poem() {}

  /** The POEM from seven answers, {@code null} for an unanswered question. */
  public static Scored compute(List<Integer> answers) {
    int sum = Questionnaire.sum("POEM", answers, ITEMS, ITEM);
    Map<String, Object> components = new LinkedHashMap<>();
    components.put("answered", ITEMS - Questionnaire.unanswered(answers));
    components.put("unansweredCountedAsZero", Questionnaire.unanswered(answers));
    return new Scored(BigDecimal.valueOf(sum), components);
  }
}
