package org.openderm.eczema;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.openderm.system.InvalidInputException;
import org.openderm.system.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The calculators' HTTP contract (DESIGN §4), on a standalone MockMvc: no security, no error
 * handler (errors surface as the exceptions the platform's handler maps).
 */
class ScoreControllerTest {

  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new ScoreController(new ScoreCalculator())).build();

  @Test
  void postScorad_returnsContractShape() throws Exception {
    String body =
        "{\"extentPercent\":20,\"intensity\":{\"erythema\":2,\"oedemaPapulation\":2,"
            + "\"oozingCrusts\":1,\"excoriations\":2,\"lichenification\":1,\"dryness\":1},"
            + "\"itch\":6,\"sleeplessness\":4}";

    mvc.perform(post("/api/v1/scores/scorad").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.instrument").value("scorad"))
        .andExpect(jsonPath("$.score").value(45.5))
        .andExpect(jsonPath("$.max").value(103))
        .andExpect(jsonPath("$.band.name").value("moderate"))
        .andExpect(jsonPath("$.band.bandSet").value("ETFAD-Kunz-1997"))
        .andExpect(jsonPath("$.components.intensity").value(9));
  }

  @Test
  void postPoem_withOtherBandSetParameter() throws Exception {
    mvc.perform(
            post("/api/v1/scores/poem")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\":[0,0,1,0,0,1,0]}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.score").value(2))
        .andExpect(jsonPath("$.band.name").value("clearOrAlmostClear"))
        .andExpect(jsonPath("$.band.bandSet").value("Charman-2013"));
  }

  @Test
  void getBandSets_listsDefaultFirstWithSource() throws Exception {
    mvc.perform(get("/api/v1/scores/oscorad/band-sets"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].name").value("Oranje-2007"))
        .andExpect(jsonPath("$[1].name").value("Chopra-2017"))
        .andExpect(jsonPath("$[0].bands[0].name").value("mild"));
  }

  @Test
  void invalidInput_raisesInvalidInputForTheHandler() {
    assertThatThrownBy(
            () ->
                mvc.perform(
                    post("/api/v1/scores/uas7")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"days\":[]}")))
        .hasRootCauseInstanceOf(InvalidInputException.class);
  }

  @Test
  void unknownInstrument_raisesNotFound() {
    assertThatThrownBy(
            () ->
                mvc.perform(
                    post("/api/v1/scores/nope")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")))
        .hasRootCauseInstanceOf(NotFoundException.class);
  }
}
