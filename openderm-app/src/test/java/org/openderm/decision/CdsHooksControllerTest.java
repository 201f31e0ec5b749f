package org.openderm.decision;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class CdsHooksControllerTest {

  /**
   * Stands in, in this standalone MockMvc test only, for the platform's problem+json handler.
   * Nested in the test class so that Spring Boot's test scanning leaves it out of the application.
   */
  @org.springframework.boot.test.context.TestComponent
  @org.springframework.web.bind.annotation.RestControllerAdvice
  static class TestProblemAdvice {
    @org.springframework.web.bind.annotation.ExceptionHandler(
        org.openderm.system.OpenDermException.class)
    org.springframework.http.ResponseEntity<java.util.Map<String, Object>> handle(
        org.openderm.system.OpenDermException e) {
      Object errors =
          e instanceof org.openderm.system.InvalidInputException i
              ? i.violations()
              : java.util.List.of();
      return org.springframework.http.ResponseEntity.status(e.status())
          .body(java.util.Map.of("status", e.status(), "code", e.code(), "errors", errors));
    }
  }

  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new CdsHooksController(TestPatient.SERVICE))
          .setControllerAdvice(new TestProblemAdvice())
          .build();

  static String fixture(String name) throws IOException {
    try (InputStream in = CdsHooksControllerTest.class.getResourceAsStream("/cds/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("RECENT", TestPatient.TODAY.minusDays(3).toString());
    }
  }

  private ResultActions call(String service, String body, String language) throws Exception {
    var request =
        post("/cds-services/" + service).contentType(MediaType.APPLICATION_JSON).content(body);
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return mvc.perform(request);
  }

  @Test
  void discovery_listsTheThreeHooks_eachWithTheFivePrefetchKeys() throws Exception {
    mvc.perform(get("/cds-services"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.services", hasSize(3)))
        .andExpect(jsonPath("$.services[*].hook", hasItem("order-sign")))
        .andExpect(jsonPath("$.services[*].id", hasItem("patient-view")))
        .andExpect(jsonPath("$.services[*].prefetch", everyItem(hasKey("immunizations"))))
        .andExpect(
            jsonPath("$.services[1].prefetch.medications", startsWith("MedicationRequest?")));
    mvc.perform(get("/cds-services/order-select"))
        .andExpect(jsonPath("$.prefetch.observations", containsString("{{context.patientId}}")));
    mvc.perform(get("/cds-services/nope")).andExpect(status().isNotFound());
  }

  @Test
  void orderSign_isotretinoinForAWoman_givesThePppAndThe30DayCards() throws Exception {
    call("order-sign", fixture("isotretinoin-woman.json"), null)
        .andExpect(status().isOk())
        .andExpect(
            jsonPath(
                "$.cards[*].extension['org.openderm.rule']",
                hasItem("isotretinoin-pregnancy-prevention")))
        .andExpect(
            jsonPath(
                "$.cards[*].extension['org.openderm.rule']",
                hasItem("isotretinoin-prescription-over-30-days")))
        // No pregnancy test in the prefetch: the first prescription is stopped first (issue 20).
        .andExpect(
            jsonPath("$.cards[0].extension['org.openderm.rule']")
                .value("isotretinoin-first-prescription-no-pregnancy-test"))
        .andExpect(jsonPath("$.cards[0].indicator").value("critical"))
        .andExpect(jsonPath("$.cards[0].source.label", containsString("EMA")))
        .andExpect(jsonPath("$.cards[0].uuid").isString());
  }

  @Test
  void orderSign_isotretinoinForAMan_givesNoPppCard() throws Exception {
    String man = fixture("isotretinoin-woman.json").replace("\"female\"", "\"male\"");
    call("order-sign", man, null)
        .andExpect(status().isOk())
        .andExpect(
            jsonPath(
                "$.cards[*].extension['org.openderm.rule']",
                not(hasItem("isotretinoin-pregnancy-prevention"))));
  }

  @Test
  void orderSelect_liveVaccineUnderMethotrexate_warns_recombinantZosterDoesNot() throws Exception {
    String mmr =
        fixture("methotrexate-live-vaccine.json")
            .replace("VACCINE_CODE", "03")
            .replace("VACCINE_DISPLAY", "MMR");
    call("order-select", mmr, null)
        .andExpect(
            jsonPath(
                "$.cards[*].extension['org.openderm.rule']",
                hasItem("live-vaccine-under-immunosuppression")))
        .andExpect(
            jsonPath(
                "$.cards[*].extension['org.openderm.rule']",
                not(hasItem("methotrexate-folic-acid"))));
    String shingrix =
        fixture("methotrexate-live-vaccine.json")
            .replace("VACCINE_CODE", "187")
            .replace("VACCINE_DISPLAY", "zoster vaccine recombinant");
    call("order-select", shingrix, null).andExpect(jsonPath("$.cards", hasSize(0)));
  }

  @Test
  void orderSign_dailyMethotrexate_isCriticalFirst_andTheUnknownDrugIsNamed() throws Exception {
    call("order-sign", fixture("methotrexate-daily.json"), "en-GB,en;q=0.9")
        .andExpect(jsonPath("$.cards[0].indicator").value("critical"))
        .andExpect(jsonPath("$.cards[0].summary", containsString("ONCE A WEEK")))
        .andExpect(jsonPath("$.cards[0].overrideReasons", hasSize(5)))
        .andExpect(
            jsonPath(
                "$.cards[?(@.indicator == 'info')].detail",
                hasItem(containsString("Zorblax 5 mg"))));
  }

  @Test
  void patientView_saltUsesTheLatestScore_andSpeaksFrench() throws Exception {
    call("patient-view", fixture("alopecia-salt.json"), "fr-FR,fr;q=0.9,en;q=0.5")
        .andExpect(jsonPath("$.cards", hasSize(1)))
        .andExpect(jsonPath("$.cards[0].summary", startsWith("Pelade sévère")))
        .andExpect(jsonPath("$.cards[0].detail", containsString("SALT = 65")));
  }

  @Test
  void orderSelect_abrocitinibWithPlateletsPerMicrolitre_convertsAndBlocks() throws Exception {
    call("order-select", fixture("abrocitinib-low-platelets.json"), null)
        .andExpect(jsonPath("$.cards[0].indicator").value("critical"))
        .andExpect(
            jsonPath("$.cards[0].extension['org.openderm.rule']")
                .value("jak-abrocitinib-start-labs"))
        .andExpect(jsonPath("$.cards[0].detail", containsString("platelets (10^9/L) 120")));
  }

  @Test
  void malformedFhir_is400ListingEachProblem() throws Exception {
    String bad =
        fixture("alopecia-salt.json")
            .replace("\"1995-07-14\"", "\"not-a-date\"")
            .replace(
                "\"valueQuantity\": {\"value\": 30}", "\"valueQuantity\": {\"value\": \"thirty\"}");
    call("patient-view", bad, null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("DERM-0001"))
        .andExpect(jsonPath("$.errors[*].field", hasItem(startsWith("prefetch.patient"))))
        .andExpect(jsonPath("$.errors[*].field", hasItem(startsWith("prefetch.observations"))));
  }

  @Test
  void wrongResourceType_andBrokenJson_are400() throws Exception {
    String wrong =
        fixture("alopecia-salt.json")
            .replace(
                "\"patient\": {\"resourceType\": \"Patient\"",
                "\"patient\": {\"resourceType\": \"Bundle\"");
    call("patient-view", wrong, null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message", containsString("expected Patient")));
    call("patient-view", "{\"hook\": ", null).andExpect(status().isBadRequest());
    call("order-sign", fixture("alopecia-salt.json"), null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("hook"));
  }

  @Test
  void emptyPrefetch_answersWithNoCards() throws Exception {
    call(
            "patient-view",
            "{\"hook\":\"patient-view\",\"hookInstance\":\"x\",\"context\":{\"patientId\":\"1\"}}",
            null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.cards", hasSize(0)));
  }

  @Test
  void oddButValidFhir_neverCrashes_andNamesWhatWasIgnored() throws Exception {
    String body =
        """
        {"hook": "order-select", "hookInstance": "x", "context": {"patientId": "p",
          "draftOrders": {"resourceType": "Bundle", "type": "collection", "entry": [
            {"resource": {"resourceType": "MedicationRequest", "status": "draft", "intent": "order",
              "subject": {"reference": "Patient/p"}}},
            {"resource": {"resourceType": "Immunization", "status": "completed",
              "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "999"}]},
              "patient": {"reference": "Patient/p"}, "occurrenceDateTime": "2026"}},
            {"resource": {"resourceType": "ServiceRequest", "status": "draft", "intent": "order",
              "subject": {"reference": "Patient/p"}}}]}},
          "prefetch": {"patient": {"resourceType": "Patient"},
            "conditions": {"resourceType": "Bundle", "type": "searchset", "entry": [
              {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/p"}}}]},
            "observations": {"resourceType": "Bundle", "type": "searchset", "entry": [
              {"resource": {"resourceType": "Observation", "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "777-3"}]},
                "valueQuantity": {"value": 12, "unit": "furlongs"}}}]}}}
        """;
    call("order-select", body, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.cards", hasSize(1)))
        .andExpect(jsonPath("$.cards[0].indicator").value("info"))
        .andExpect(jsonPath("$.cards[0].detail", containsString("999")))
        .andExpect(jsonPath("$.cards[0].detail", containsString("furlongs")));
  }
}
