package org.openderm.eczema;

import java.util.List;
import java.util.stream.Stream;
import org.openderm.eczema.instrument.BandSet;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The stateless calculators: {@code POST /api/v1/scores/{instrument}} (DESIGN §4).
 *
 * <p>Nothing is stored and no patient is involved. Errors are {@code OpenDermException}s mapped to
 * problem+json by the platform's handler.
 */
@RestController
@RequestMapping(path = "/api/v1/scores", produces = MediaType.APPLICATION_JSON_VALUE)
class ScoreController {

  private final ScoreCalculator calculator;

  ScoreController(ScoreCalculator calculator) {
    this.calculator = calculator;
  }

  /** Computes one instrument; {@code bandSet} optionally picks another published band set. */
  @PostMapping(path = "/{instrument}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ScoreResult score(
      @PathVariable String instrument,
      @RequestParam(required = false) String bandSet,
      @RequestBody JsonNode input) {
    return calculator.compute(Instrument.fromId(instrument), input, bandSet);
  }

  /** The instrument's band sets with their sources, the configured default first. */
  @GetMapping("/{instrument}/band-sets")
  List<BandSet> bandSets(@PathVariable String instrument) {
    Instrument known = Instrument.fromId(instrument);
    BandSet chosen = calculator.defaultBandSet(known);
    return Stream.concat(Stream.of(chosen), known.bandSets().stream().filter(set -> set != chosen))
        .toList();
  }
}
