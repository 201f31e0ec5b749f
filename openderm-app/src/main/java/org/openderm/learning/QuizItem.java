package org.openderm.learning;

import java.util.List;
import java.util.Objects;

/**
 * One dermoscopic image of the quiz with its ground truth.
 *
 * @param id stable id, {@code <source folder>/<image id>}, such as {@code isic-557/ISIC_0000002}
 * @param source the data set
 * @param imageId the data set's image id
 * @param truth the diagnosis the answer is marked against
 * @param confirmation how that diagnosis was established
 * @param ageApprox approximate age in years from the data set's metadata, or null
 * @param site body site from the metadata, or null
 */
public record QuizItem(
    String id,
    ImageSource source,
    String imageId,
    LesionClass truth,
    Confirmation confirmation,
    Integer ageApprox,
    String site) {

  public QuizItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(imageId, "imageId");
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(confirmation, "confirmation");
  }

  static String idOf(ImageSource source, String imageId) {
    return source.folder() + "/" + imageId;
  }

  /** The answers offered for this item. */
  public List<LesionClass> choices() {
    return source.choices();
  }
}
