package org.openderm.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openderm.security.Specialty;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.openderm.support.WebSession;

/**
 * The decision cards of the patient page read what the record page's forms store: JAK inhibitor
 * with missing monitoring labs, methotrexate with a planned live vaccine, isotretinoin with a
 * pregnancy status or without a pregnancy test (the test patient is a woman born in 1990).
 */
class RecordCardsTest extends IntegrationTest {

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static Map<String, String> fields(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  /** Submits a record form as the page does and returns the patient page shown after it. */
  private static String submit(WebSession web, UUID patient, String list, String... kv) {
    String page = "/patients/" + patient;
    var r =
        web.post(
            page + "/record/" + list,
            page,
            "application/x-www-form-urlencoded",
            form(fields(kv)).getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  private static String card(String ruleId) {
    return "name=\"ruleId\" value=\"" + ruleId + "\"";
  }

  @Test
  void jakInhibitorWithoutItsLipidCheck_showsTheJakCard_untilTheLabIsRecorded() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("Jak"));
    WebSession web = new WebSession(port, derm);
    String before = web.get("/patients/" + patient).body();
    assertThat(before).doesNotContain(card("jak-monitoring-lipids-12-weeks"));
    String start = LocalDate.now().minusWeeks(13).toString();
    String page =
        submit(
            web,
            patient,
            "medications",
            "pick",
            "L04AF02",
            "dosageText",
            "4 mg/j",
            "intervalDays",
            "1",
            "status",
            "ACTIVE",
            "start",
            start);
    assertThat(page).contains("Baricitinib", card("jak-monitoring-lipids-12-weeks"));
    page =
        submit(
            web,
            patient,
            "labs",
            "pick",
            "2093-3",
            "value",
            "5,2",
            "unit",
            "mmol/L",
            "takenOn",
            LocalDate.now().toString());
    assertThat(page)
        .contains("Cholestérol total")
        .doesNotContain(card("jak-monitoring-lipids-12-weeks"));
  }

  @Test
  void methotrexateWithAPlannedLiveVaccine_showsTheLiveVaccineCard() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("Live"));
    WebSession web = new WebSession(port, derm);
    submit(
        web,
        patient,
        "medications",
        "pick",
        "L04AX03",
        "dosageText",
        "15 mg par semaine",
        "intervalDays",
        "7",
        "status",
        "ACTIVE",
        "start",
        LocalDate.now().minusMonths(2).toString());
    String page = submit(web, patient, "immunizations", "pick", "37", "status", "PLANNED");
    assertThat(page).contains(card("live-vaccine-under-immunosuppression"));
    // A non-live vaccine planned instead gives no such card.
    UUID other = fixtures.patient(derm, Fixtures.unique("Inactivated"));
    submit(web, other, "medications", "pick", "L04AX03", "intervalDays", "7", "status", "ACTIVE");
    assertThat(submit(web, other, "immunizations", "pick", "150", "status", "PLANNED"))
        .doesNotContain(card("live-vaccine-under-immunosuppression"));
  }

  @Test
  void isotretinoin_withoutAPregnancyTest_thenPregnant_showsTheIsotretinoinCards() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("Iso"));
    WebSession web = new WebSession(port, derm);
    String page =
        submit(
            web,
            patient,
            "medications",
            "pick",
            "D10BA01",
            "dosageText",
            "20 mg/j",
            "intervalDays",
            "1",
            "status",
            "ACTIVE",
            "start",
            LocalDate.now().minusDays(40).toString());
    assertThat(page)
        .contains(
            card("isotretinoin-pregnancy-prevention"), card("isotretinoin-monthly-pregnancy-test"));
    page =
        submit(
            web,
            patient,
            "labs",
            "pick",
            "2106-3",
            "valueText",
            "negative",
            "takenOn",
            LocalDate.now().toString());
    assertThat(page).doesNotContain(card("isotretinoin-monthly-pregnancy-test"));
    page =
        submit(
            web,
            patient,
            "pregnancy-status",
            "status",
            "pregnant",
            "observedOn",
            LocalDate.now().toString());
    assertThat(page).contains("Enceinte", card("isotretinoin-pregnant"));
  }

  @Test
  void anInvalidForm_comesBackWithItsErrorInFrench_andWhatWasTyped() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("Form"));
    WebSession web = new WebSession(port, derm);
    String page =
        submit(
            web,
            patient,
            "medications",
            "name",
            "Dupilumab 300 mg",
            "status",
            "STOPPED",
            "start",
            "2026-03-01",
            "end",
            "2026-01-01");
    assertThat(page)
        .contains(
            "La fin ne peut pas précéder le début.",
            "value=\"Dupilumab 300 mg\"",
            "value=\"2026-01-01\"");
    page =
        submit(
            web,
            patient,
            "labs",
            "pick",
            "751-8",
            "value",
            "1,2",
            "unit",
            "mg/dL",
            "takenOn",
            LocalDate.now().toString());
    assertThat(page)
        .contains("Cette unité n&#39;est pas acceptée pour cet examen.", "value=\"1,2\"");
    assertThat(web.get("/patients/" + patient).body()).doesNotContain("Dupilumab 300 mg");
  }

  @Test
  void aPatientReadsHerClinicalRecord_withoutTheForms() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("Reader"));
    submit(
        new WebSession(port, derm),
        patient,
        "allergies",
        "substance",
        "Pénicilline",
        "type",
        "ALLERGY",
        "criticality",
        "HIGH");
    String self = fixtures.patientAccount(patient);
    var page = new WebSession(port, self).get("/patients/" + patient);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Dossier clinique", "Pénicilline")
        .doesNotContain("/record/allergies\"", "record-medications-form");
  }
}
