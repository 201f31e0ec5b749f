package org.openderm.eczema.instrument;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two disease-control questionnaires scored by summing item scores that must all be answered:
 * the Atopic Dermatitis Control Tool (ADCT: 6 items 0–4, 0 to 24, 7 or more = not adequately
 * controlled; higher is worse) and the Urticaria Control Test (UCT: 4 items 0–4, 0 to 16, below 12
 * = poorly controlled; higher is better).
 *
 * <p>Only item scores are handled: both questionnaires' wordings are copyrighted and are not
 * reproduced (DESIGN §6). Sources: Pariser DM, Simpson EL, Gadkari A, et al. Evaluating
 * patient-perceived control of atopic dermatitis: design, validation, and scoring of the Atopic
 * Dermatitis Control Tool (ADCT). Curr Med Res Opin 2020;36:367-376. Weller K, Groffik A, Church
 * MK, et al. Development and validation of the Urticaria Control Test: a patient-reported outcome
 * instrument for assessing urticaria control. J Allergy Clin Immunol 2014;134:1159-1167.
 */
public final class ControlTest {

  /** One item score. */
  public static final Range ITEM = Range.integers(0, 4);

  /** ADCT items. */
  public static final int ADCT_ITEMS = 6;

  /** The highest ADCT. */
  public static final int ADCT_MAX = 24;

  /** UCT items. */
  public static final int UCT_ITEMS = 4;

  /** The highest UCT (complete control). */
  public static final int UCT_MAX = 16;

  /** ADCT bands: 7 or more, not adequately controlled. */
  public static final List<BandSet> ADCT_BANDS =
      List.of(
          BandSet.builder(
                  "Pariser-2020",
                  "Pariser DM et al. Curr Med Res Opin 2020;36:367-376 (total 7 or more: atopic"
                      + " dermatitis not adequately controlled).")
              .below("controlled", "7")
              .upTo("notControlled", String.valueOf(ADCT_MAX))
              .build());

  /** UCT bands: below 12, poorly controlled. */
  public static final List<BandSet> UCT_BANDS =
      List.of(
          BandSet.builder(
                  "Weller-2014",
                  "Weller K et al. J Allergy Clin Immunol 2014;134:1159-1167 (below 12 poorly"
                      + " controlled, 12 or more well controlled; a higher UCT is better).")
              .below("poorlyControlled", "12")
              .upTo("wellControlled", String.valueOf(UCT_MAX))
              .build());

  private ControlTest() {}

  /** The sum of complete item scores (the readers refuse unanswered items). */
  public static Scored compute(List<Integer> answers) {
    int sum = 0;
    for (Integer a : answers) {
      sum += a;
    }
    Map<String, Object> components = new LinkedHashMap<>();
    components.put("items", answers.size());
    return new Scored(BigDecimal.valueOf(sum), components);
  }
}
