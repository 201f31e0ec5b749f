package org.openderm.eczema;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openderm.eczema.instrument.Band;
import org.openderm.eczema.instrument.BandSet;
import org.openderm.eczema.instrument.Scored;
import org.openderm.system.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * Computes the severity instruments from their JSON input (DESIGN §4), exactly as published.
 *
 * <p>Plain Java and stateless: safe to share between threads. Each instrument has one default band
 * set (configurable); a caller may ask for another published band set by name. Invalid input fails
 * with {@link InvalidInputException} (400) listing every invalid field with what it allows; nothing
 * is clamped. A POEM or DLQI with two or more unanswered items fails with {@link
 * org.openderm.system.NotComputableException} (422).
 */
public final class ScoreCalculator {

  private final Map<Instrument, BandSet> defaults = new EnumMap<>(Instrument.class);

  /** A calculator with each instrument's built-in default band set. */
  public ScoreCalculator() {
    this(Map.of());
  }

  /**
   * A calculator with chosen default band sets.
   *
   * @param defaultBandSets band set name by instrument; instruments left out keep the built-in
   *     default
   * @throws IllegalArgumentException if a name is not a band set of its instrument
   */
  public ScoreCalculator(Map<Instrument, String> defaultBandSets) {
    for (Instrument instrument : Instrument.values()) {
      String name = defaultBandSets.get(instrument);
      BandSet set = name == null ? instrument.bandSets().get(0) : find(instrument, name);
      if (set == null) {
        throw new IllegalArgumentException(
            "No band set " + name + " for " + instrument.id() + "; known: " + names(instrument));
      }
      defaults.put(instrument, set);
    }
  }

  /** Computes {@code instrument} from its JSON input with the default band set. */
  public ScoreResult compute(Instrument instrument, JsonNode input) {
    return compute(instrument, input, null);
  }

  /**
   * Computes {@code instrument} from its JSON input.
   *
   * @param bandSet a band set name of this instrument, or {@code null} for the default
   */
  public ScoreResult compute(Instrument instrument, JsonNode input, String bandSet) {
    Objects.requireNonNull(instrument);
    BandSet bands = bandSet == null ? defaults.get(instrument) : find(instrument, bandSet);
    if (bands == null) {
      throw new InvalidInputException(
          "bandSet", "must be one of " + String.join(", ", names(instrument)));
    }
    InputReader.requireObject(input);
    Scored scored = score(instrument, input);
    Band band = bands.classify(scored.score());
    return new ScoreResult(
        instrument.id(),
        scored.score().doubleValue(),
        instrument.max(),
        new ScoreBand(band.name(), bands.name()),
        scored.components());
  }

  /** The default band set of {@code instrument}. */
  public BandSet defaultBandSet(Instrument instrument) {
    return defaults.get(instrument);
  }

  private static Scored score(Instrument instrument, JsonNode input) {
    return switch (instrument) {
      case SCORAD, PO_SCORAD -> ScoradReader.score(input, false);
      case OSCORAD -> ScoradReader.score(input, true);
      case EASI -> RegionalReader.easi(input);
      case PASI -> RegionalReader.pasi(input);
      case POEM -> QuestionnaireReader.poem(input);
      case DLQI -> QuestionnaireReader.dlqi(input);
      case SALT -> QuestionnaireReader.salt(input);
      case UAS7 -> QuestionnaireReader.uas7(input);
      case CDLQI -> QuestionnaireReader.cdlqi(input);
      case ADCT -> QuestionnaireReader.adct(input);
      case UCT -> QuestionnaireReader.uct(input);
      case IHS4 -> QuestionnaireReader.ihs4(input);
      case NAPSI -> QuestionnaireReader.napsi(input);
    };
  }

  private static BandSet find(Instrument instrument, String name) {
    return instrument.bandSets().stream()
        .filter(set -> set.name().equals(name))
        .findFirst()
        .orElse(null);
  }

  private static List<String> names(Instrument instrument) {
    return instrument.bandSets().stream().map(BandSet::name).toList();
  }
}
