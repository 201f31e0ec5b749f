package org.openderm.eczema.instrument;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SCORAD, objective SCORAD and PO-SCORAD: {@code A/5 + 7B/2 + C}.
 *
 * <p>A is the affected body surface (0–100 %), B the sum of six intensity grades (0–18), C the sum
 * of itch and sleep loss on 0–10 scales (0–20); the total runs from 0 to 103. Objective SCORAD
 * drops C ({@code A/5 + 7B/2}, 0–83). PO-SCORAD is the same formula with every item filled in by
 * the patient or a parent.
 *
 * <p>Sources: European Task Force on Atopic Dermatitis. Severity scoring of atopic dermatitis: the
 * SCORAD index. Dermatology 1993;186:23-31. Kunz B et al. Clinical validation and guidelines for
 * the SCORAD index. Dermatology 1997;195:10-19. Stalder JF et al. Patient-Oriented SCORAD
 * (PO-SCORAD): a new self-assessment scale in atopic dermatitis validated in Europe. Allergy
 * 2011;66:1114-1121.
 *
 * <p>Not for: diseases other than atopic dermatitis; comparing a PO-SCORAD with a clinician's
 * SCORAD as if they were the same measurement (patients rate extent and oedema differently).
 * Arithmetic is exact (decimal), nothing is rounded.
 */
public final class Scorad {

  /** The highest SCORAD and PO-SCORAD. */
  public static final int MAX = 103;

  /** The highest objective SCORAD. */
  public static final int OBJECTIVE_MAX = 83;

  /** Affected body surface, or affected share of one region, in percent. */
  public static final Range EXTENT = Range.continuous(0, 100);

  /** One intensity item: 0 none, 1 mild, 2 moderate, 3 severe. */
  public static final Range INTENSITY = Range.integers(0, 3);

  /** Itch or sleeplessness on the 0–10 visual analogue scale (decimals allowed). */
  public static final Range SYMPTOM = Range.continuous(0, 10);

  /**
   * Below this age the SCORAD form uses a different body-surface table for extent by region. We
   * have not confirmed its values from a source, so per-region extent is refused under this age
   * (the caller may still give the total {@code extentPercent} read from the official form).
   */
  public static final BigDecimal INFANT_AGE_YEARS = BigDecimal.valueOf(2);

  private static final BigDecimal FIVE = BigDecimal.valueOf(5);
  private static final BigDecimal SEVEN_HALVES = new BigDecimal("3.5");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Scorad() {}

  /**
   * A from per-region extents by the rule of nines (from 2 years): the sum over regions of the
   * affected share of the region times the region's share of the body. Regions left out count as
   * unaffected.
   *
   * @param percentOfRegion for each region, the affected percentage of that region (0–100)
   */
  public static BigDecimal extentFromRegions(Map<ScoradRegion, BigDecimal> percentOfRegion) {
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<ScoradRegion, BigDecimal> entry : percentOfRegion.entrySet()) {
      if (!EXTENT.allows(entry.getValue())) {
        throw new IllegalArgumentException("region extent out of range: " + entry.getKey());
      }
      total = total.add(entry.getValue().multiply(entry.getKey().percentOfBody()).divide(HUNDRED));
    }
    return total;
  }

  /** SCORAD (or PO-SCORAD): {@code A/5 + 7B/2 + C}; itch and sleeplessness must be given. */
  public static Scored total(ScoradItems items) {
    if (items.itch() == null || items.sleeplessness() == null) {
      throw new IllegalArgumentException("SCORAD needs itch and sleeplessness");
    }
    BigDecimal subjective = items.itch().add(items.sleeplessness());
    Map<String, Object> components = objectiveComponents(items);
    components.put("itch", Scored.number(items.itch()));
    components.put("sleeplessness", Scored.number(items.sleeplessness()));
    components.put("subjective", Scored.number(subjective));
    return new Scored(objectiveScore(items).add(subjective), components);
  }

  /** Objective SCORAD: {@code A/5 + 7B/2}; itch and sleeplessness are ignored. */
  public static Scored objective(ScoradItems items) {
    return new Scored(objectiveScore(items), objectiveComponents(items));
  }

  private static BigDecimal objectiveScore(ScoradItems items) {
    return extentTerm(items).add(intensityTerm(items));
  }

  private static BigDecimal extentTerm(ScoradItems items) {
    return items.extentPercent().divide(FIVE);
  }

  private static BigDecimal intensityTerm(ScoradItems items) {
    return SEVEN_HALVES.multiply(BigDecimal.valueOf(items.intensitySum()));
  }

  private static Map<String, Object> objectiveComponents(ScoradItems items) {
    Map<String, Object> components = new LinkedHashMap<>();
    components.put("extent", Scored.number(items.extentPercent()));
    components.put("intensity", items.intensitySum());
    Map<String, Object> grades = new LinkedHashMap<>();
    for (ScoradSign sign : ScoradSign.values()) {
      grades.put(sign.key(), items.intensity().get(sign));
    }
    components.put("intensityItems", grades);
    components.put("extentTerm", Scored.number(extentTerm(items)));
    components.put("intensityTerm", Scored.number(intensityTerm(items)));
    return components;
  }
}
