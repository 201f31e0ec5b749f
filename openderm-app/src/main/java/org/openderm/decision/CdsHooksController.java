package org.openderm.decision;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openderm.system.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * CDS Hooks 2.0 endpoints: discovery at {@code /cds-services}, and the services {@code
 * patient-view}, {@code order-select} and {@code order-sign} at {@code /cds-services/{id}}. Card
 * language follows {@code Accept-Language} (French or English, English by default).
 */
@RestController
class CdsHooksController {

  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

  private final DecisionService decisions;
  private final FhirPatientContextMapper mapper;

  CdsHooksController(DecisionService decisions) {
    this.decisions = decisions;
    this.mapper = new FhirPatientContextMapper(decisions.vocabulary());
  }

  @GetMapping(value = "/cds-services", produces = MediaType.APPLICATION_JSON_VALUE)
  CdsJson.Discovery discovery() {
    return CdsServiceCatalog.discovery();
  }

  @GetMapping(value = "/cds-services/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  CdsJson.Service service(@PathVariable String id) {
    return CdsServiceCatalog.service(id).orElseThrow(() -> unknown(id));
  }

  @PostMapping(
      value = "/cds-services/{id}",
      consumes = MediaType.ALL_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  CdsJson.Response call(
      @PathVariable String id,
      @RequestBody(required = false) String body,
      @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
    Hook hook = Hook.fromId(id).orElseThrow(() -> unknown(id));
    PatientContext patient = mapper.map(CdsRequestReader.read(body, hook), decisions.today());
    Locale locale = language(acceptLanguage);
    List<CdsJson.CdsCard> cards =
        decisions.evaluate(patient, hook, locale).stream().map(c -> card(c, locale)).toList();
    return new CdsJson.Response(cards);
  }

  static Locale language(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Locale.ENGLISH;
    }
    try {
      Locale l = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
      return l == null ? Locale.ENGLISH : l;
    } catch (IllegalArgumentException e) {
      return Locale.ENGLISH;
    }
  }

  static CdsJson.CdsCard card(Card c, Locale locale) {
    List<CdsJson.Coding> reasons =
        c.indicator() == Indicator.INFO ? null : OverrideReasons.codings(locale);
    return new CdsJson.CdsCard(
        c.uuid(),
        c.summary(),
        c.detail(),
        c.indicator().id(),
        new CdsJson.Source(c.source().label(), c.source().url()),
        reasons,
        Map.of("org.openderm.rule", c.ruleId()));
  }

  private static NotFoundException unknown(String id) {
    return new NotFoundException("DERM-0801", "No CDS service with this id");
  }
}
