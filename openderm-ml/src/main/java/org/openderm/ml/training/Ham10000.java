package org.openderm.ml.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openderm.ml.lesion.LesionClass;

/**
 * Reads the HAM10000 layout: {@code metadata.csv}, {@code images/<image_id>.jpg} and {@code
 * masks/<image_id>_segmentation.png}.
 *
 * <p>Source: Tschandl P, Rosendahl C, Kittler H. The HAM10000 dataset, a large collection of
 * multi-source dermatoscopic images of common pigmented skin lesions. Sci Data 5, 180161 (2018), CC
 * BY-NC-SA 4.0. Only meant for dermoscopic images of pigmented lesions from fair-skinned European
 * and Australian populations.
 */
public final class Ham10000 {

  private Ham10000() {}

  /** One image of the data set with its official metadata ({@code age} is NaN when unknown). */
  public record Sample(
      String imageId,
      String lesionId,
      LesionClass dx,
      String dxType,
      double age,
      String sex,
      String site) {}

  /** Reads {@code metadata.csv} from a HAM10000 folder, in file order. */
  public static List<Sample> read(Path dataDir) throws IOException {
    List<String> lines =
        Files.readAllLines(dataDir.resolve("metadata.csv"), StandardCharsets.UTF_8);
    List<Sample> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",", -1);
      double age = f[4].isBlank() ? Double.NaN : Double.parseDouble(f[4]);
      out.add(new Sample(f[1], f[0], LesionClass.of(f[2]), f[3], age, f[5], f[6]));
    }
    return out;
  }

  /** Path of an image. */
  public static Path image(Path dataDir, String imageId) {
    return dataDir.resolve("images").resolve(imageId + ".jpg");
  }

  /** Path of an image's lesion mask. */
  public static Path mask(Path dataDir, String imageId) {
    return dataDir.resolve("masks").resolve(imageId + "_segmentation.png");
  }
}
