package org.openderm.ml.training;

import java.util.List;
import java.util.Map;
import org.openderm.ml.lesion.TriageSettings;
import org.openderm.ml.training.Metrics.Estimate;

/**
 * Everything measured after training, for the model card.
 *
 * @param settings fitted decision settings
 * @param epochs epochs run
 * @param trainMinutes wall-clock minutes of training
 * @param recipe the training recipe in words ({@link TrainOptions#recipe()})
 * @param parameters number of network parameters
 * @param trainImages training images
 * @param trainLesions training lesions
 * @param valImages validation images
 * @param valLesions validation lesions
 * @param eceUncalibrated validation ECE at temperature 1
 * @param validation validation report after calibration
 * @param valProbabilities calibrated validation probabilities (for plots)
 * @param valTruth validation classes
 * @param subgroups validation figures by sex, age band and body site
 * @param urgent melanoma sensitivity and specificity at the urgent threshold on validation
 * @param soon malignant-class sensitivity and specificity at the soon threshold on validation
 * @param external isic-557 melanoma-vs-nevus figures, or null
 * @param outOfScope detection rates: category to share flagged (validation lesions included)
 * @param lowConfidenceRate share of validation images abstained for low confidence
 * @param segmentation IoU and Dice of the lesion segmenter on the validation masks
 */
public record FinishReport(
    TriageSettings settings,
    int epochs,
    double trainMinutes,
    String recipe,
    long parameters,
    int trainImages,
    int trainLesions,
    int valImages,
    int valLesions,
    double eceUncalibrated,
    Evaluation.Report validation,
    double[][] valProbabilities,
    int[] valTruth,
    List<Evaluation.Subgroup> subgroups,
    Operating urgent,
    Operating soon,
    External external,
    Map<String, Double> outOfScope,
    double lowConfidenceRate,
    SegmentationEval.Scores segmentation) {

  /** Sensitivity and specificity at a threshold. */
  public record Operating(double threshold, double sensitivity, double specificity) {}

  /** External validation on isic-557. */
  public record External(
      int images, int melanomas, Estimate melanomaAuroc, Operating urgent, int unreadable) {}
}
