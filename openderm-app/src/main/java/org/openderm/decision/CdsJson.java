package org.openderm.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The CDS Hooks 2.0 JSON documents OpenDerm writes, as records (HAPI FHIR 8.8.1's CDS Hooks model
 * lives in {@code hapi-fhir-server-cds-hooks}, which is not published for 8.8.1 on Maven Central).
 *
 * @see <a href="https://cds-hooks.hl7.org/2.0/">CDS Hooks 2.0</a>
 */
final class CdsJson {

  private CdsJson() {}

  /** The discovery response: {@code {"services": [...]}}. */
  record Discovery(List<Service> services) {}

  /** One service: the hook it answers and the prefetch templates it asks for. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Service(
      String hook, String id, String title, String description, Map<String, String> prefetch) {}

  /** The response to a hook call: {@code {"cards": [...]}}. */
  record Response(List<CdsCard> cards) {}

  /** A card, with the rule id in an extension so that feedback can name the rule. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CdsCard(
      String uuid,
      String summary,
      String detail,
      String indicator,
      Source source,
      List<Coding> overrideReasons,
      Map<String, Object> extension) {}

  /** Where a card's advice comes from. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Source(String label, String url) {}

  /** A FHIR-style coding, used for override reasons. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Coding(String code, String system, String display) {}
}
