package org.openderm.forecast;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The severity scores that can be forecast, with their range and the default rise that counts as a
 * flare: the instrument's minimal clinically important difference (MCID), rounded up.
 *
 * <p>Sources: SCORAD 8.7, objective SCORAD 7.4, EASI 6.6, POEM 3.4 points (Schram ME et al., "EASI,
 * (objective) SCORAD and POEM for atopic eczema: responsiveness and minimal clinically important
 * difference", Allergy 2012;67:99-106); DLQI 4 points (Basra MKA et al., Dermatology
 * 2015;230:27-33). PO-SCORAD has no published MCID; it shares SCORAD's scale and formula (Stalder
 * JF et al., Allergy 2011;66:1114-21), so SCORAD's is used.
 *
 * <p>The severe band, above which no forecast may say "no alert": SCORAD and PO-SCORAD above 50,
 * objective SCORAD above 40 (Kunz B et al., Dermatology 1997;195:10-19; applied to PO-SCORAD by
 * Stalder et al. 2011); EASI above 21 (Leshem YA et al., Br J Dermatol 2015;172:1353-7); POEM above
 * 16 (Charman CR et al., Br J Dermatol 2013;169:1326-32); DLQI above 10, a very large effect on
 * quality of life (Hongbo Y et al., J Invest Dermatol 2005;125:659-64).
 */
public enum ForecastInstrument {
  PO_SCORAD("po-scorad", 103, 9, 50),
  SCORAD("scorad", 103, 9, 50),
  OSCORAD("oscorad", 83, 8, 40),
  EASI("easi", 72, 7, 21),
  POEM("poem", 28, 4, 16),
  DLQI("dlqi", 30, 4, 10);

  private final String id;
  private final int max;
  private final int mcid;
  private final int severeAbove;

  ForecastInstrument(String id, int max, int mcid, int severeAbove) {
    this.id = id;
    this.max = max;
    this.mcid = mcid;
    this.severeAbove = severeAbove;
  }

  /** Whether {@code score} lies in the instrument's severe band (see the class comment). */
  public boolean severe(double score) {
    return score > severeAbove;
  }

  /** The upper edge of the moderate band: scores above it are severe. */
  public int severeAbove() {
    return severeAbove;
  }

  /** The identifier used in the API, such as {@code po-scorad}. */
  public String id() {
    return id;
  }

  /** The highest score; scores are forecast as integers {@code 0..max}. */
  public int max() {
    return max;
  }

  /** The default flare rise: the MCID in whole points. */
  public int mcid() {
    return mcid;
  }

  /** The instrument with this API identifier (case-insensitive). */
  public static Optional<ForecastInstrument> byId(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String key = id.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(i -> i.id.equals(key)).findFirst();
  }
}
