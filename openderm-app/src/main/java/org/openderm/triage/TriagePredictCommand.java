package org.openderm.triage;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openderm.ml.lesion.BatchPredictor;
import org.openderm.ml.lesion.LesionTriage;
import org.openderm.ml.lesion.ModelIntegrityException;
import org.openderm.ml.quality.QualityGate;
import org.openderm.ml.training.ProgressBar;
import org.openderm.photo.ImageSanitizer;
import org.openderm.photo.PhotoProperties;
import org.openderm.photo.PhotoQualityService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openderm predict triage}: one CSV row per image file, {@code
 * image_id,akiec,bcc,bkl,df,mel,nv,vasc,abstained,reason}. Every image goes through the photo
 * sanitiser and quality gate first, as a clinician's photo does ({@link GatedBatchPredictor}):
 * unreadable files are listed and marked {@code abstained,unreadable}, images the gate refuses
 * {@code abstained,quality_gate}, without probabilities; the run goes on.
 */
@Command(
    name = "triage",
    mixinStandardHelpOptions = true,
    description = "Predict the lesion class probabilities of every image of a folder.")
public final class TriagePredictCommand implements Callable<Integer> {

  @Option(names = "--images", required = true, description = "Folder of images.")
  Path images;

  @Option(names = "--out", required = true, description = "CSV file to write.")
  Path out;

  @Option(names = "--model", description = "Model folder (default: the bundled model).")
  Path model;

  @Override
  public Integer call() throws Exception {
    int n = BatchPredictor.files(images).size();
    try (LesionTriage triage = TriageModels.open(model)) {
      PhotoQualityService quality =
          new PhotoQualityService(
              new ImageSanitizer(PhotoProperties.defaults()), QualityGate.withOutlineNetwork());
      GatedBatchPredictor.Summary s;
      try (ProgressBar bar = new ProgressBar("predict", n)) {
        s = GatedBatchPredictor.predict(triage, quality, images, out, bar::step);
      }
      for (String f : s.unreadable()) {
        System.err.println("unreadable (abstained): " + f);
      }
      System.out.printf(
          "%d images, %d abstained (%d by the quality gate), %d unreadable -> %s%n",
          s.images(), s.abstained(), s.gated(), s.unreadable().size(), out);
      return 0;
    } catch (ModelIntegrityException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    }
  }
}
