package org.openderm.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures the triage result states next to its referral, read from the shipped model card
 * ({@code models/lesion-triage/model-card.json}) so that a retrained model brings its own: the
 * melanoma sensitivity at the urgent threshold on the external isic-557 set, the internal
 * sensitivity of the two referral thresholds together, and the body sites where the model is
 * weakest (validation balanced accuracy at least 0.1 below the overall one, groups of 20 images or
 * more).
 *
 * @param version the model version the card describes; figures are shown only for that model
 * @param externalImages images in the external set
 * @param externalMelanomas melanomas in the external set
 * @param externalMelanomaSensitivity share of external melanomas at or above the urgent threshold
 * @param internalMalignantSensitivity share of internal malignant lesions at or above "soon"
 * @param overallBalancedAccuracy validation balanced accuracy
 * @param weakSites weakest body sites (HAM10000 localisation values), weakest first
 * @param weakestBalancedAccuracy balanced accuracy of the weakest site
 * @param strongestWeakBalancedAccuracy balanced accuracy of the best of the weak sites
 */
public record TriageModelFigures(
    String version,
    int externalImages,
    int externalMelanomas,
    double externalMelanomaSensitivity,
    double internalMalignantSensitivity,
    double overallBalancedAccuracy,
    List<String> weakSites,
    double weakestBalancedAccuracy,
    double strongestWeakBalancedAccuracy) {

  private static final String CARD = "/models/lesion-triage/model-card.json";
  private static final Optional<TriageModelFigures> SHIPPED = load();

  public TriageModelFigures {
    weakSites = List.copyOf(weakSites);
  }

  /** The figures of the shipped model card, when it is on the class path and readable. */
  static Optional<TriageModelFigures> shipped() {
    return SHIPPED;
  }

  /** The figures, only when they describe the model that answered. */
  static Optional<TriageModelFigures> forModel(String version) {
    return SHIPPED.filter(f -> f.version().equals(version));
  }

  /** One in how many external melanomas the urgent threshold missed (rounded). */
  public long missedOneIn() {
    double missed = 1 - externalMelanomaSensitivity;
    return missed <= 0 ? 0 : Math.round(1 / missed);
  }

  private static Optional<TriageModelFigures> load() {
    try (InputStream in = TriageModelFigures.class.getResourceAsStream(CARD)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(read(JsonMapper.builder().build().readTree(in)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      // A card without these fields (an older format) leaves the page with its generic wording.
      return Optional.empty();
    }
  }

  static TriageModelFigures read(JsonNode card) {
    double overall =
        card.required("validation").required("balancedAccuracy").required("value").asDouble();
    record Site(String name, double balancedAccuracy) {}
    List<Site> weak = new ArrayList<>();
    for (JsonNode g : card.required("subgroups")) {
      if ("site".equals(g.path("variable").asString())
          && !"unknown".equals(g.path("value").asString())
          && g.path("n").asInt() >= 20) {
        double ba = g.required("balancedAccuracy").required("value").asDouble();
        if (ba <= overall - 0.1) {
          weak.add(new Site(g.required("value").asString(), ba));
        }
      }
    }
    weak.sort(Comparator.comparingDouble(Site::balancedAccuracy));
    JsonNode external = card.required("external");
    return new TriageModelFigures(
        card.required("version").asString(),
        external.required("images").asInt(),
        external.required("melanomas").asInt(),
        external.required("urgentThresholdSensitivity").asDouble(),
        card.required("referral").required("soon").required("malignantSensitivity").asDouble(),
        overall,
        weak.stream().map(Site::name).toList(),
        weak.isEmpty() ? overall : weak.get(0).balancedAccuracy(),
        weak.isEmpty() ? overall : weak.get(weak.size() - 1).balancedAccuracy());
  }
}
