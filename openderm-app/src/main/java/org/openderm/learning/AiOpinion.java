package org.openderm.learning;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

/**
 * What a lesion classifier says about a teaching image, for the "you vs the AI" comparison.
 *
 * @param model the model's name and version, as its model card gives them
 * @param probabilities calibrated probability per class
 * @param heatmapPng a heat map of the regions that drove the prediction (PNG), or null
 */
public record AiOpinion(String model, Map<LesionClass, Double> probabilities, byte[] heatmapPng) {

  public AiOpinion {
    Objects.requireNonNull(model, "model");
    probabilities = Map.copyOf(probabilities);
    if (probabilities.isEmpty()) {
      throw new IllegalArgumentException("an opinion has probabilities");
    }
  }

  /** The most probable class. */
  /** The heat map as a {@code data:} URI for an {@code <img>}, or null when there is none. */
  public String heatmapDataUri() {
    return heatmapPng == null
        ? null
        : "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(heatmapPng);
  }

  public LesionClass top() {
    return probabilities.entrySet().stream()
        .max(
            Map.Entry.<LesionClass, Double>comparingByValue()
                .thenComparing(e -> e.getKey(), Comparator.reverseOrder()))
        .orElseThrow()
        .getKey();
  }

  /** The most probable class among {@code choices} (for a melanoma-versus-naevus item). */
  public LesionClass topAmong(java.util.List<LesionClass> choices) {
    return choices.stream()
        .max(Comparator.comparingDouble(c -> probabilities.getOrDefault(c, 0.0)))
        .orElseThrow();
  }
}
