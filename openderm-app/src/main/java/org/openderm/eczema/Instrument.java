package org.openderm.eczema;

import java.util.Arrays;
import java.util.List;
import org.openderm.eczema.instrument.BandSet;
import org.openderm.eczema.instrument.Cdlqi;
import org.openderm.eczema.instrument.ControlTest;
import org.openderm.eczema.instrument.Dlqi;
import org.openderm.eczema.instrument.Easi;
import org.openderm.eczema.instrument.Ihs4;
import org.openderm.eczema.instrument.Napsi;
import org.openderm.eczema.instrument.Pasi;
import org.openderm.eczema.instrument.Poem;
import org.openderm.eczema.instrument.Salt;
import org.openderm.eczema.instrument.Scorad;
import org.openderm.eczema.instrument.ScoradBands;
import org.openderm.eczema.instrument.Uas7;
import org.openderm.system.NotFoundException;

/**
 * The severity instruments OpenDerm computes, with their API id, maximum and band sets.
 *
 * <p>{@link #version()} names the published definition implemented; stored assessments keep it so
 * that a later change of definition never silently rewrites old scores.
 */
public enum Instrument {
  SCORAD("scorad", Scorad.MAX, "ETFAD-1993", ScoradBands.SCORAD),
  OSCORAD("oscorad", Scorad.OBJECTIVE_MAX, "ETFAD-1993-objective", ScoradBands.OBJECTIVE),
  PO_SCORAD("po-scorad", Scorad.MAX, "Stalder-2011", ScoradBands.PATIENT),
  EASI("easi", Easi.MAX, "Hanifin-2001", Easi.BANDS),
  POEM("poem", Poem.MAX, "Charman-2004", Poem.BANDS),
  DLQI("dlqi", Dlqi.MAX, "Finlay-1994-items", Dlqi.BANDS),
  PASI("pasi", Pasi.MAX, "Fredriksson-1978", Pasi.BANDS),
  SALT("salt", Salt.MAX, "Olsen-2004", Salt.BANDS),
  UAS7("uas7", Uas7.MAX, "EAACI-2022", Uas7.BANDS),
  CDLQI("cdlqi", Cdlqi.MAX, "Lewis-Jones-1995-items", Cdlqi.BANDS),
  ADCT("adct", ControlTest.ADCT_MAX, "Pariser-2020-items", ControlTest.ADCT_BANDS),
  UCT("uct", ControlTest.UCT_MAX, "Weller-2014-items", ControlTest.UCT_BANDS),
  IHS4("ihs4", Ihs4.MAX, "Zouboulis-2017", Ihs4.BANDS),
  NAPSI("napsi", Napsi.MAX, "Rich-Scher-2003", Napsi.BANDS);

  private final String id;
  private final int max;
  private final String version;
  private final List<BandSet> bandSets;

  Instrument(String id, int max, String version, List<BandSet> bandSets) {
    this.id = id;
    this.max = max;
    this.version = version;
    this.bandSets = bandSets;
  }

  /** The instrument for an API id such as {@code po-scorad}; 404 (DERM-0401) if unknown. */
  public static Instrument fromId(String id) {
    return Arrays.stream(values())
        .filter(instrument -> instrument.id.equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new NotFoundException(
                    "DERM-0401",
                    "Unknown instrument; known: "
                        + Arrays.stream(values()).map(Instrument::id).toList()));
  }

  /** The id used in {@code /api/v1/scores/{instrument}} and in responses. */
  public String id() {
    return id;
  }

  /** The highest possible score. */
  public int max() {
    return max;
  }

  /** The published definition implemented, stored with every assessment. */
  public String version() {
    return version;
  }

  /** The published band sets, the built-in default first. */
  public List<BandSet> bandSets() {
    return bandSets;
  }
}
