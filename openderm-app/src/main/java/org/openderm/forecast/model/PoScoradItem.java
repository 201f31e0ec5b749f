package org.openderm.forecast.model;

/**
 * The items of PO-SCORAD, the patient-oriented SCORAD (Stalder JF et al., Allergy 2011;66:1114-21),
 * in the column order of the forecast CSV format.
 *
 * <p>Total = A/5 + 7B/2 + C, where A is the extent (0..100 % of the body), B the sum of the six
 * intensity signs (each 0..3) and C the sum of itch and sleeplessness (each 0..10): 0..103. The
 * item models forecast each item and {@link ItemCombiner} adds them up in tenths of a point.
 */
public enum PoScoradItem {
  EXTENT("extent", 100, 2),
  ERYTHEMA("erythema", 3, 35),
  OEDEMA_PAPULATION("oedemaPapulation", 3, 35),
  OOZING_CRUSTS("oozingCrusts", 3, 35),
  EXCORIATIONS("excoriations", 3, 35),
  LICHENIFICATION("lichenification", 3, 35),
  DRYNESS("dryness", 3, 35),
  ITCH("itch", 10, 10),
  SLEEPLESSNESS("sleeplessness", 10, 10);

  /** The maximum PO-SCORAD total. */
  public static final int TOTAL_MAX = 103;

  private final String column;
  private final int max;
  private final int tenthsPerPoint;

  PoScoradItem(String column, int max, int tenthsPerPoint) {
    this.column = column;
    this.max = max;
    this.tenthsPerPoint = tenthsPerPoint;
  }

  /** The CSV column and JSON field name. */
  public String column() {
    return column;
  }

  /** The item's maximum value. */
  public int max() {
    return max;
  }

  /** How many tenths of a total point one unit of this item is worth (A/5, 7B/2, C). */
  public int tenthsPerPoint() {
    return tenthsPerPoint;
  }

  /** The PO-SCORAD total of one day's items, rounded half up to an integer. */
  public static int total(int[] values) {
    int tenths = 0;
    for (PoScoradItem item : values()) {
      tenths += values[item.ordinal()] * item.tenthsPerPoint;
    }
    return (tenths + 5) / 10;
  }
}
