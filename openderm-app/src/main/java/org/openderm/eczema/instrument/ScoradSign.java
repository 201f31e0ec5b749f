package org.openderm.eczema.instrument;

/**
 * The six intensity items of SCORAD and PO-SCORAD, each graded 0 (none) to 3 (severe) on a
 * representative area; dryness is graded on skin without inflammation (European Task Force on
 * Atopic Dermatitis, Dermatology 1993;186:23-31).
 */
public enum ScoradSign {
  ERYTHEMA("erythema"),
  OEDEMA_PAPULATION("oedemaPapulation"),
  OOZING_CRUSTS("oozingCrusts"),
  EXCORIATIONS("excoriations"),
  LICHENIFICATION("lichenification"),
  DRYNESS("dryness");

  private final String key;

  ScoradSign(String key) {
    this.key = key;
  }

  /** The item's name in the API and in the i18n keys. */
  public String key() {
    return key;
  }
}
