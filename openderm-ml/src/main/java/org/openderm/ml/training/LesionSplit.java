package org.openderm.ml.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A seeded train/validation split of HAM10000 by {@code lesion_id}, stratified by diagnosis.
 *
 * <p>Several images of one lesion must never straddle the split, or validation would measure
 * recognition of a lesion already seen (Tschandl et al. 2018 give 7,470 lesions for 10,015 images).
 * Lesions are grouped per diagnosis, shuffled with the seed and the first {@code fraction} of each
 * group goes to validation, so that rare classes keep their share.
 */
public final class LesionSplit {

  /** Split name of a training image. */
  public static final String TRAIN = "train";

  /** Split name of a validation image. */
  public static final String VAL = "val";

  private final Map<String, String> splitByImage;

  private LesionSplit(Map<String, String> splitByImage) {
    this.splitByImage = splitByImage;
  }

  /** Splits the samples' lesions: {@code fraction} of each diagnosis's lesions to validation. */
  public static LesionSplit create(List<Ham10000.Sample> samples, double fraction, long seed) {
    Map<String, List<Ham10000.Sample>> byLesion = new TreeMap<>();
    for (Ham10000.Sample s : samples) {
      byLesion.computeIfAbsent(s.lesionId(), k -> new ArrayList<>()).add(s);
    }
    Map<String, List<String>> lesionsByDx = new TreeMap<>();
    byLesion.forEach(
        (lesion, list) ->
            lesionsByDx
                .computeIfAbsent(list.get(0).dx().code(), k -> new ArrayList<>())
                .add(lesion));
    Random rnd = new Random(seed);
    Map<String, String> split = new LinkedHashMap<>();
    for (List<String> lesions : lesionsByDx.values()) {
      Collections.shuffle(lesions, rnd);
      int nVal = (int) Math.round(lesions.size() * fraction);
      for (int i = 0; i < lesions.size(); i++) {
        String name = i < nVal ? VAL : TRAIN;
        byLesion.get(lesions.get(i)).forEach(s -> split.put(s.imageId(), name));
      }
    }
    return new LesionSplit(split);
  }

  /** Reads a split written by {@link #write}. */
  public static LesionSplit read(Path csv) throws IOException {
    Map<String, String> split = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if (f.length >= 4) {
        split.put(f[0], f[3]);
      }
    }
    return new LesionSplit(split);
  }

  /** Writes {@code image_id,lesion_id,dx,split}, sorted by image id. */
  public void write(List<Ham10000.Sample> samples, Path csv) throws IOException {
    List<String> rows = new ArrayList<>();
    rows.add("image_id,lesion_id,dx,split");
    Map<String, Ham10000.Sample> byId = new HashMap<>();
    samples.forEach(s -> byId.put(s.imageId(), s));
    new TreeMap<>(splitByImage)
        .forEach(
            (id, sp) -> {
              Ham10000.Sample s = byId.get(id);
              rows.add(id + "," + s.lesionId() + "," + s.dx().code() + "," + sp);
            });
    Files.write(csv, rows, StandardCharsets.UTF_8);
  }

  /** The samples of one split, in the given order. */
  public List<Ham10000.Sample> select(List<Ham10000.Sample> samples, String name) {
    return samples.stream()
        .filter(s -> name.equals(splitByImage.get(s.imageId())))
        .collect(Collectors.toList());
  }

  /** The split of an image, or null if it is not in the split. */
  public String of(String imageId) {
    return splitByImage.get(imageId);
  }

  /** The lesion ids in one split. */
  public Set<String> lesions(List<Ham10000.Sample> samples, String name) {
    return select(samples, name).stream()
        .map(Ham10000.Sample::lesionId)
        .collect(Collectors.toSet());
  }
}
