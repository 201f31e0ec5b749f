package org.openderm.learning;

import java.util.List;

/**
 * A licensed set of teaching images, read in place under the learning data directory.
 *
 * <p>ISIC-557: CC0 ISIC Archive images, melanoma versus nevus, all melanomas confirmed by
 * histopathology. HAM10000: Tschandl P, Rosendahl C, Kittler H, Sci Data 5, 180161 (2018), CC
 * BY-NC- SA 4.0, seven classes; shown for non-commercial teaching only, with attribution.
 */
public enum ImageSource {
  ISIC_557("isic-557", "labels.csv", List.of(LesionClass.MEL, LesionClass.NV)),
  HAM10000("ham10000", "metadata.csv", List.of(LesionClass.values())),
  ;

  private final String folder;
  private final String labelFile;
  private final List<LesionClass> choices;

  ImageSource(String folder, String labelFile, List<LesionClass> choices) {
    this.folder = folder;
    this.labelFile = labelFile;
    this.choices = choices;
  }

  /** The folder under the data directory, which is also the id prefix of its items. */
  public String folder() {
    return folder;
  }

  String labelFile() {
    return labelFile;
  }

  /** The answers offered for an image of this set. */
  public List<LesionClass> choices() {
    return choices;
  }

  /** The source whose folder name is {@code folder}, or null. */
  public static ImageSource ofFolder(String folder) {
    for (ImageSource s : values()) {
      if (s.folder.equals(folder)) {
        return s;
      }
    }
    return null;
  }
}
