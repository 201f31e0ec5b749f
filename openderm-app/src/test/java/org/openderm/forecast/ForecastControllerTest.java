package org.openderm.forecast;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class ForecastControllerTest {

  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(
              new ForecastController(new ForecastService(ForecastProperties.defaults())))
          .build();

  @Test
  void post_returnsTheContractShape() throws Exception {
    String body =
        """
        {"instrument":"po-scorad","horizonDays":3,"series":[
          {"date":"2026-03-01","score":30},{"date":"2026-03-02","score":32},
          {"date":"2026-03-04","score":35},{"date":"2026-03-05","score":33.5},
          {"date":"2026-03-06","score":36},{"date":"2026-03-07","score":38}]}
        """;
    mvc.perform(
            post("/api/v1/forecast")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en")
                .content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.model").value("Ensemble"))
        .andExpect(jsonPath("$.insufficientHistory").value(false))
        .andExpect(jsonPath("$.flareProbability").isNumber())
        .andExpect(jsonPath("$.flareDefinition").value(org.hamcrest.Matchers.startsWith("Flare")))
        .andExpect(jsonPath("$.days.length()").value(3))
        .andExpect(jsonPath("$.days[0].date").value("2026-03-08"))
        .andExpect(jsonPath("$.days[0].median").isNumber())
        .andExpect(jsonPath("$.days[0].p05").isNumber())
        .andExpect(jsonPath("$.days[0].p95").isNumber())
        .andExpect(jsonPath("$.days[2].distribution.length()").value(104));
  }
}
