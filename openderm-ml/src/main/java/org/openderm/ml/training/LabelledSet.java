package org.openderm.ml.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openderm.ml.lesion.LesionClass;

/**
 * Reads ground truth for {@code evaluate triage} from three layouts, recognised by the header:
 * HAM10000 {@code metadata.csv} (a {@code dx} column), the ISIC 2018 Task 3 ground truth (one-hot
 * columns {@code MEL,NV,BCC,AKIEC,BKL,DF,VASC}) and isic-557 {@code labels.csv} (a {@code
 * diagnosis} column: melanoma, nevus, and other ISIC diagnosis names). Rows whose diagnosis maps to
 * none of the seven classes are skipped.
 */
public final class LabelledSet {

  private static final Map<String, LesionClass> DIAGNOSES =
      Map.of(
          "melanoma", LesionClass.MEL,
          "nevus", LesionClass.NV,
          "seborrheic keratosis", LesionClass.BKL,
          "basal cell carcinoma", LesionClass.BCC,
          "actinic keratosis", LesionClass.AKIEC,
          "dermatofibroma", LesionClass.DF,
          "vascular lesion", LesionClass.VASC,
          "pigmented benign keratosis", LesionClass.BKL,
          "squamous cell carcinoma", LesionClass.AKIEC);

  private LabelledSet() {}

  /** Image id to class, in file order. */
  public static Map<String, LesionClass> read(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      throw new IOException("empty labels file: " + csv);
    }
    List<String> header =
        Arrays.stream(lines.get(0).split(",", -1))
            .map(h -> h.trim().toLowerCase(Locale.ROOT))
            .toList();
    int id = header.indexOf("image_id") >= 0 ? header.indexOf("image_id") : header.indexOf("image");
    if (id < 0) {
      throw new IOException("labels file needs an image_id (or image) column: " + csv);
    }
    Map<String, LesionClass> out = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",", -1);
      LesionClass c = classOf(header, f);
      if (c != null) {
        out.put(f[id].trim(), c);
      }
    }
    return out;
  }

  private static LesionClass classOf(List<String> header, String[] f) {
    int dx = header.indexOf("dx");
    if (dx >= 0) {
      return LesionClass.of(f[dx]);
    }
    int diag = header.indexOf("diagnosis");
    if (diag >= 0) {
      return DIAGNOSES.get(f[diag].trim().toLowerCase(Locale.ROOT));
    }
    for (LesionClass c : LesionClass.values()) {
      int col = header.indexOf(c.code());
      if (col >= 0 && col < f.length && !f[col].isBlank() && Double.parseDouble(f[col]) >= 0.5) {
        return c;
      }
    }
    return null;
  }
}
