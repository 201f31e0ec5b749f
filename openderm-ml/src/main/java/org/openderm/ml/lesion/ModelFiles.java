package org.openderm.ml.lesion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a lesion model folder and their SHA-256 digests ({@code SHA256SUMS}, in the format
 * of {@code sha256sum}: {@code <hex> <file>}).
 *
 * <p>Every file listed is checked before loading; a missing file or a mismatch throws {@link
 * ModelIntegrityException}, so a corrupt or tampered model never answers.
 */
public final class ModelFiles {

  /** The digest list's file name. */
  public static final String SUMS = "SHA256SUMS";

  /** The files a model folder holds, in {@code SHA256SUMS} order. */
  public static final List<String> FILES =
      List.of("lesion-triage-0000.params", TriageSettings.FILE, OutOfScope.FILE);

  /** Classpath folder of the bundled model. */
  public static final String BUNDLED = "/models/lesion-triage/";

  /**
   * A model folder's identity: a name for messages, its classpath folder and the files {@code
   * SHA256SUMS} must list (the weights first).
   */
  public record Bundle(String name, String resourceFolder, List<String> files) {}

  /** The lesion classifier. */
  public static final Bundle TRIAGE = new Bundle("lesion model", BUNDLED, FILES);

  /** The lesion outline (segmentation) network. */
  public static final Bundle SEGMENTATION =
      new Bundle(
          "lesion outline model",
          "/models/lesion-segmentation/",
          List.of("lesion-segmentation-0000.params"));

  private ModelFiles() {}

  /** Hex SHA-256 of a byte array. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes {@code SHA256SUMS} for the model files in {@code dir}. */
  public static void writeSums(Path dir) throws IOException {
    writeSums(dir, TRIAGE);
  }

  /** Writes {@code SHA256SUMS} for the files of {@code bundle} in {@code dir}. */
  public static void writeSums(Path dir, Bundle bundle) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String f : bundle.files()) {
      lines.add(sha256(Files.readAllBytes(dir.resolve(f))) + "  " + f);
    }
    Files.write(dir.resolve(SUMS), lines, StandardCharsets.UTF_8);
  }

  /** Checks every listed file of a folder; returns the digest of the weights file. */
  public static String verify(Path dir) {
    return verify(dir, TRIAGE);
  }

  /** Checks every file of {@code bundle} in a folder; returns the digest of its weights. */
  public static String verify(Path dir, Bundle bundle) {
    Map<String, String> sums = parse(read(dir.resolve(SUMS), SUMS, bundle));
    for (String f : bundle.files()) {
      check(bundle, f, sums, read(dir.resolve(f), f, bundle));
    }
    return sums.get(bundle.files().get(0));
  }

  /**
   * Copies the bundled model from the classpath to {@code target}, checking each file against the
   * bundled {@code SHA256SUMS}; returns the digest of the weights.
   */
  public static String extractBundled(Path target) {
    return extractBundled(target, TRIAGE);
  }

  /** As {@link #extractBundled(Path)}, for any bundle. */
  public static String extractBundled(Path target, Bundle bundle) {
    Map<String, String> sums = parse(resource(bundle, SUMS));
    try {
      Files.createDirectories(target);
      Files.write(target.resolve(SUMS), resource(bundle, SUMS));
      for (String f : bundle.files()) {
        byte[] bytes = resource(bundle, f);
        check(bundle, f, sums, bytes);
        Files.write(target.resolve(f), bytes);
      }
    } catch (IOException e) {
      throw new ModelIntegrityException(
          "cannot unpack the " + bundle.name() + ": " + e.getMessage(), e);
    }
    return sums.get(bundle.files().get(0));
  }

  private static void check(Bundle bundle, String file, Map<String, String> sums, byte[] bytes) {
    String expected = sums.get(file);
    if (expected == null) {
      throw new ModelIntegrityException(bundle.name() + ": " + file + " is not listed in " + SUMS);
    }
    String actual = sha256(bytes);
    if (!actual.equalsIgnoreCase(expected)) {
      throw new ModelIntegrityException(
          bundle.name()
              + ": SHA-256 mismatch for "
              + file
              + " (expected "
              + expected
              + ", found "
              + actual
              + "): the file is corrupt or was replaced; restore it from the release");
    }
  }

  private static Map<String, String> parse(byte[] text) {
    Map<String, String> sums = new LinkedHashMap<>();
    for (String line : new String(text, StandardCharsets.UTF_8).split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f.length == 2) {
        sums.put(f[1].replace("*", ""), f[0]);
      }
    }
    return sums;
  }

  private static byte[] read(Path p, String name, Bundle bundle) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new ModelIntegrityException(bundle.name() + ": cannot read " + name + " in " + p, e);
    }
  }

  private static byte[] resource(Bundle bundle, String name) {
    String path = bundle.resourceFolder() + name;
    try (InputStream in = ModelFiles.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new ModelIntegrityException(bundle.name() + ": bundled file missing: " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ModelIntegrityException(bundle.name() + ": cannot read bundled " + name, e);
    }
  }
}
