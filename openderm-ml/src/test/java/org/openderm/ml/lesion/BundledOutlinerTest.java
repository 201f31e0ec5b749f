package org.openderm.ml.lesion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openderm.ml.training.Ham10000;
import org.openderm.ml.training.SegmentationEval;

/**
 * The committed outline network on HAM10000 validation lesions (never seen in training): its
 * overlap with the dermatologists' masks, and that it beats the classical baseline.
 */
class BundledOutlinerTest {

  @Test
  void outlinesValidationLesionsBetterThanTheClassicalBaseline() throws Exception {
    Optional<Path> ham = ValidationLesions.ham();
    assumeTrue(ham.isPresent(), "HAM10000 not found beside the project");
    List<String> val = ValidationLesions.ids(60);
    java.util.Set<String> ids = new java.util.HashSet<>(val);
    List<Ham10000.Sample> samples =
        Ham10000.read(ham.get()).stream().filter(x -> ids.contains(x.imageId())).toList();
    SegmentationEval.Scores net =
        SegmentationEval.run(ham.get(), samples, LesionOutliner.bundled()::segment);
    SegmentationEval.Scores classical =
        SegmentationEval.run(ham.get(), samples, LesionSegmenter::segment);
    assertThat(net.images()).isEqualTo(60);
    assertThat(net.meanIou()).isGreaterThan(0.72);
    assertThat(net.meanIou()).isGreaterThan(classical.meanIou());
  }
}
