package org.openderm.eczema.instrument;

import java.util.List;

/**
 * The published severity bands for SCORAD, objective SCORAD and PO-SCORAD.
 *
 * <p>SCORAD has several conventions; all are kept and one is chosen by configuration. Strata
 * printed at one decimal are encoded as described in {@link BandSet}.
 */
public final class ScoradBands {

  private static final String KUNZ =
      "Kunz B, Oranje AP, Labrèze L, Stalder JF, Ring J, Taïeb A. Clinical validation and"
          + " guidelines for the SCORAD index: consensus report of the European Task Force on"
          + " Atopic Dermatitis. Dermatology 1997;195:10-19 (mild <25, moderate 25-50, severe >50).";
  private static final String ORANJE =
      "Oranje AP, Glazenburg EJ, Wolkerstorfer A, de Waard-van der Spek FB. Practical issues on"
          + " interpretation of scoring atopic dermatitis: the SCORAD index, objective SCORAD and"
          + " the three-item severity score. Br J Dermatol 2007;157:645-648"
          + " (objective SCORAD mild <15, moderate 15-40, severe >40).";
  private static final String CHOPRA =
      "Chopra R, Vakharia PP, Sacotte R, et al. Severity strata for EASI, modified EASI, SCORAD,"
          + " objective SCORAD, ADSI and body surface area in adolescents and adults with atopic"
          + " dermatitis. Br J Dermatol 2017;177:1316-1321";
  private static final String PATIENT_ORIENTED =
      " Applied to PO-SCORAD, which shares the SCORAD scale (Stalder JF et al. Allergy"
          + " 2011;66:1114-1121).";

  /** SCORAD bands, default first. */
  public static final List<BandSet> SCORAD =
      List.of(kunz("ETFAD-Kunz-1997", KUNZ), chopraScorad("Chopra-2017", CHOPRA + "."));

  /** Objective SCORAD bands, default first. */
  public static final List<BandSet> OBJECTIVE =
      List.of(
          BandSet.builder("Oranje-2007", ORANJE)
              .below("mild", "15")
              .upTo("moderate", "40")
              .upTo("severe", "83")
              .build(),
          BandSet.builder(
                  "Chopra-2017",
                  CHOPRA
                      + " (0-7.9 clear, 8.0-23.9 mild, 24.0-37.9 moderate,"
                      + " 38.0-83 severe).")
              .below("clear", "8")
              .below("mild", "24")
              .below("moderate", "38")
              .upTo("severe", "83")
              .build());

  /** PO-SCORAD bands (the SCORAD conventions on the same 0–103 scale), default first. */
  public static final List<BandSet> PATIENT =
      List.of(
          kunz("ETFAD-Kunz-1997", KUNZ + PATIENT_ORIENTED),
          chopraScorad("Chopra-2017", CHOPRA + "." + PATIENT_ORIENTED));

  private ScoradBands() {}

  private static BandSet kunz(String name, String source) {
    return BandSet.builder(name, source)
        .below("mild", "25")
        .upTo("moderate", "50")
        .upTo("severe", "103")
        .build();
  }

  private static BandSet chopraScorad(String name, String source) {
    return BandSet.builder(
            name,
            source + " SCORAD 0-9.9 clear, 10.0-28.9 mild, 29.0-48.9 moderate, 49.0-103 severe.")
        .below("clear", "10")
        .below("mild", "29")
        .below("moderate", "49")
        .upTo("severe", "103")
        .build();
  }
}
