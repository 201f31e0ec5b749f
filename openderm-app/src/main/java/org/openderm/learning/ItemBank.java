package org.openderm.learning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The image quiz items, built at start-up from the data sets' label files under the learning data
 * directory. Images stay where they are: an item only knows its file's path.
 *
 * <p>HAM10000 holds several images of one lesion; the bank keeps one per lesion (the lowest image
 * id) so that a learner does not meet the same lesion twice as two "new" items. Rows whose image
 * file is missing, or whose diagnosis is outside the classes, are left out and counted.
 */
final class ItemBank {

  private static final Logger log = LoggerFactory.getLogger(ItemBank.class);

  private final Path dataDir;
  private final Map<String, QuizItem> byId;
  private final Map<ImageSource, Map<LesionClass, List<QuizItem>>> byClass;
  private final int skipped;

  private ItemBank(Path dataDir, List<QuizItem> items, int skipped) {
    this.dataDir = dataDir;
    this.skipped = skipped;
    this.byId = new LinkedHashMap<>();
    this.byClass = new EnumMap<>(ImageSource.class);
    for (QuizItem item : items) {
      byId.put(item.id(), item);
      byClass
          .computeIfAbsent(item.source(), s -> new EnumMap<>(LesionClass.class))
          .computeIfAbsent(item.truth(), c -> new ArrayList<>())
          .add(item);
    }
  }

  /** Reads every source found under {@code dataDir}; a missing source is logged and left out. */
  static ItemBank load(Path dataDir) {
    List<QuizItem> items = new ArrayList<>();
    int skipped = 0;
    for (ImageSource source : ImageSource.values()) {
      Path labels = dataDir.resolve(source.folder()).resolve(source.labelFile());
      if (!Files.isRegularFile(labels)) {
        log.warn("Learning: no {} under {}; its images are not in the quiz", labels, dataDir);
        continue;
      }
      try {
        List<Map<String, String>> rows = Csv.read(labels);
        List<QuizItem> read = source == ImageSource.ISIC_557 ? isic(rows) : ham(rows);
        for (QuizItem item : read) {
          if (Files.isRegularFile(imageFile(dataDir, item))) {
            items.add(item);
          } else {
            skipped++;
          }
        }
        skipped += rows.size() - read.size();
      } catch (IOException e) {
        log.warn("Learning: could not read {}: {}", labels, e.getMessage());
      }
    }
    return new ItemBank(dataDir, items, skipped);
  }

  private static List<QuizItem> isic(List<Map<String, String>> rows) {
    List<QuizItem> items = new ArrayList<>();
    for (Map<String, String> row : rows) {
      LesionClass truth =
          switch (row.getOrDefault("diagnosis", "")) {
            case "melanoma" -> LesionClass.MEL;
            case "nevus" -> LesionClass.NV;
            default -> null;
          };
      String imageId = row.getOrDefault("image_id", "").strip();
      if (truth != null && !imageId.isEmpty()) {
        items.add(
            new QuizItem(
                QuizItem.idOf(ImageSource.ISIC_557, imageId),
                ImageSource.ISIC_557,
                imageId,
                truth,
                Confirmation.parse(row.get("diagnosis_confirm_type")),
                age(row.get("age_approx")),
                null));
      }
    }
    return items;
  }

  private static List<QuizItem> ham(List<Map<String, String>> rows) {
    List<Map<String, String>> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparing(r -> r.getOrDefault("image_id", "")));
    Set<String> lesions = new HashSet<>();
    List<QuizItem> items = new ArrayList<>();
    for (Map<String, String> row : sorted) {
      LesionClass truth = LesionClass.ofCode(row.get("dx"));
      String imageId = row.getOrDefault("image_id", "").strip();
      String lesion = row.getOrDefault("lesion_id", imageId);
      if (truth == null || imageId.isEmpty() || !lesions.add(lesion)) {
        continue;
      }
      String site = row.getOrDefault("localization", "").strip();
      items.add(
          new QuizItem(
              QuizItem.idOf(ImageSource.HAM10000, imageId),
              ImageSource.HAM10000,
              imageId,
              truth,
              Confirmation.parse(row.get("dx_type")),
              age(row.get("age")),
              site.isEmpty() || "unknown".equals(site) ? null : site));
    }
    return items;
  }

  private static Integer age(String raw) {
    try {
      return raw == null || raw.isBlank() ? null : (int) Math.round(Double.parseDouble(raw));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Path imageFile(Path dataDir, QuizItem item) {
    return dataDir
        .resolve(item.source().folder())
        .resolve("images")
        .resolve(item.imageId() + ".jpg");
  }

  Optional<QuizItem> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** The image file of an item of this bank: never built from user input. */
  Path imagePath(QuizItem item) {
    return imageFile(dataDir, item);
  }

  /** This source's items of this class, in a stable order (empty when none). */
  List<QuizItem> items(ImageSource source, LesionClass truth) {
    return byClass.getOrDefault(source, Map.of()).getOrDefault(truth, List.of());
  }

  int size() {
    return byId.size();
  }

  int size(ImageSource source) {
    return byClass.getOrDefault(source, Map.of()).values().stream().mapToInt(List::size).sum();
  }

  /** Label rows left out: one image among several of a lesion, unknown class, or missing file. */
  int skipped() {
    return skipped;
  }
}
