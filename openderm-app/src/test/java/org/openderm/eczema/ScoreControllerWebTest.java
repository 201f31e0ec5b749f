package org.openderm.eczema;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The controller in a Spring MVC slice: Jackson 3 conversion and the configured default band set
 * ({@code openderm.eczema.default-band-sets}). Security filters are off; the platform's own tests
 * cover authentication.
 */
@WebMvcTest(controllers = ScoreController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(EczemaConfiguration.class)
@TestPropertySource(properties = "openderm.eczema.default-band-sets.scorad=Chopra-2017")
class ScoreControllerWebTest {

  @Autowired private MockMvc mvc;

  @Test
  void configuredDefaultBandSet_isUsedAndNamed() throws Exception {
    String body =
        "{\"ageYears\":35,\"extent\":{\"anteriorTrunk\":50,\"back\":50},"
            + "\"intensity\":{\"erythema\":2,\"oedemaPapulation\":2,\"oozingCrusts\":1,"
            + "\"excoriations\":2,\"lichenification\":1,\"dryness\":1},"
            + "\"itch\":7.5,\"sleeplessness\":4}";

    // A = 9 + 9 = 18: 3.6 + 31.5 + 11.5 = 46.6, moderate by Chopra 2017 (29.0-48.9)
    mvc.perform(post("/api/v1/scores/scorad").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.score").value(46.6))
        .andExpect(jsonPath("$.band.name").value("moderate"))
        .andExpect(jsonPath("$.band.bandSet").value("Chopra-2017"))
        .andExpect(jsonPath("$.components.extentSource").value("regions"));
  }
}
