package org.openderm.ml.lesion;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * The decision settings fitted after training, stored next to the weights ({@code
 * triage.properties}).
 *
 * @param version model version string (shown with every result)
 * @param temperature temperature of the logits (Guo et al. 2017), fitted on validation
 * @param urgentMelanoma P(mel) at or above which the referral is urgent; chosen as the largest
 *     threshold giving melanoma sensitivity of at least 0.90 on validation
 * @param soonRisk malignancy risk (mel + bcc + akiec) at or above which the referral is soon;
 *     chosen as the largest threshold giving sensitivity of at least 0.95 for the three malignant
 *     or pre-malignant classes together on validation
 * @param outOfScope Mahalanobis score above which the image is judged out of scope (the 97.5th
 *     percentile of validation lesions)
 * @param lowConfidence top probability below which the model abstains
 */
public record TriageSettings(
    String version,
    double temperature,
    double urgentMelanoma,
    double soonRisk,
    double outOfScope,
    double lowConfidence) {

  /** File name in the model folder. */
  public static final String FILE = "triage.properties";

  /** Reads the settings of a model folder. */
  public static TriageSettings read(Path dir) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(dir.resolve(FILE), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    String size = p.getProperty("input.size");
    if (size != null && !size.equals(Integer.toString(ImagePrep.INPUT))) {
      // Weights of another input size would load (the network is fully convolutional) and answer
      // nonsense; refuse them by name instead.
      throw new ModelIntegrityException(
          "lesion model: weights made for a "
              + size
              + "-pixel input, this build feeds "
              + ImagePrep.INPUT
              + " pixels");
    }
    return new TriageSettings(
        p.getProperty("version"),
        num(p, "temperature"),
        num(p, "urgent.melanoma"),
        num(p, "soon.risk"),
        num(p, "outOfScope.mahalanobis"),
        num(p, "lowConfidence"));
  }

  /** Writes the settings into a model folder. */
  public void write(Path dir) throws IOException {
    Properties p = new Properties();
    p.setProperty("version", version);
    p.setProperty("temperature", fmt(temperature));
    p.setProperty("urgent.melanoma", fmt(urgentMelanoma));
    p.setProperty("soon.risk", fmt(soonRisk));
    p.setProperty("outOfScope.mahalanobis", fmt(outOfScope));
    p.setProperty("lowConfidence", fmt(lowConfidence));
    p.setProperty("input.size", Integer.toString(ImagePrep.INPUT));
    try (Writer w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
      p.store(w, "OpenDerm lesion triage decision settings");
    }
  }

  private static double num(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null) {
      throw new ModelIntegrityException("lesion model: " + FILE + " lacks " + key);
    }
    return Double.parseDouble(v);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }
}
