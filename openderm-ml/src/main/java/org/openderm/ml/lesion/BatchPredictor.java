package org.openderm.ml.lesion;

import java.awt.image.BufferedImage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The {@code predict triage} contract: one CSV row per file of a folder, {@code
 * image_id,akiec,bcc,bkl,df,mel,nv,vasc,abstained,reason}, calibrated probabilities. A file that
 * cannot be decoded gets empty probabilities, {@code abstained=true} and {@code reason=unreadable};
 * the run goes on.
 */
public final class BatchPredictor {

  /** The CSV header (a public contract: do not change). */
  public static final String HEADER = "image_id,akiec,bcc,bkl,df,mel,nv,vasc,abstained,reason";

  private BatchPredictor() {}

  /** Counts of a run. */
  public record Summary(int images, int abstained, List<String> unreadable) {}

  /** The regular files of a folder, sorted by name (hidden files skipped). */
  public static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    }
  }

  /** Image id of a file: its name without the extension. */
  public static String imageId(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Writes the CSV for every file of {@code dir}; {@code progress} is told after each file. */
  public static Summary predict(LesionTriage triage, Path dir, Path csv, IntConsumer progress)
      throws IOException {
    List<Path> files = files(dir);
    List<String> unreadable = new ArrayList<>();
    int abstained = 0;
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.newLine();
      for (Path f : files) {
        BufferedImage img = decode(f);
        StringBuilder row = new StringBuilder(imageId(f).replace(",", "_"));
        if (img == null) {
          unreadable.add(f.getFileName().toString());
          row.append(",".repeat(LesionClass.values().length))
              .append(",true,")
              .append(AbstainReason.UNREADABLE.code());
          abstained++;
        } else {
          TriageResult r = triage.analyse(img, false);
          for (double p : r.probabilities()) {
            row.append(
                r.abstainReason() == AbstainReason.MODEL_ERROR
                    ? ","
                    : String.format(Locale.ROOT, ",%.6f", p));
          }
          row.append(',').append(r.abstained()).append(',');
          row.append(r.abstained() ? r.abstainReason().code() : "");
          abstained += r.abstained() ? 1 : 0;
        }
        w.write(row.toString());
        w.newLine();
        progress.accept(1);
      }
    }
    return new Summary(files.size(), abstained, unreadable);
  }

  /** Decodes an image file, or null if it is not a readable image. */
  public static BufferedImage decode(Path f) {
    try {
      BufferedImage img = ImageIO.read(f.toFile());
      return img == null || img.getWidth() < 8 || img.getHeight() < 8 ? null : img;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
