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
    List<String> lines = new ArrayList<>();
    for (String f : FILES) {
      lines.add(sha256(Files.readAllBytes(dir.resolve(f))) + "  " + f);
    }
    Files.write(dir.resolve(SUMS), lines, StandardCharsets.UTF_8);
  }

  /** Checks every listed file of a folder; returns the digest of the weights file. */
  public static String verify(Path dir) {
    Map<String, String> sums = parse(read(dir.resolve(SUMS), SUMS));
    for (String f : FILES) {
      check(f, sums, read(dir.resolve(f), f));
    }
    return sums.get(FILES.get(0));
  }

  /**
   * Copies the bundled model from the classpath to {@code target}, checking each file against the
   * bundled {@code SHA256SUMS}; returns the digest of the weights.
   */
  public static String extractBundled(Path target) {
    Map<String, String> sums = parse(resource(SUMS));
    try {
      Files.createDirectories(target);
      Files.write(target.resolve(SUMS), resource(SUMS));
      for (String f : FILES) {
        byte[] bytes = resource(f);
        check(f, sums, bytes);
        Files.write(target.resolve(f), bytes);
      }
    } catch (IOException e) {
      throw new ModelIntegrityException("cannot unpack the lesion model: " + e.getMessage(), e);
    }
    return sums.get(FILES.get(0));
  }

  private static void check(String file, Map<String, String> sums, byte[] bytes) {
    String expected = sums.get(file);
    if (expected == null) {
      throw new ModelIntegrityException("lesion model: " + file + " is not listed in " + SUMS);
    }
    String actual = sha256(bytes);
    if (!actual.equalsIgnoreCase(expected)) {
      throw new ModelIntegrityException(
          "lesion model: SHA-256 mismatch for "
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

  private static byte[] read(Path p, String name) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new ModelIntegrityException("lesion model: cannot read " + name + " in " + p, e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = ModelFiles.class.getResourceAsStream(BUNDLED + name)) {
      if (in == null) {
        throw new ModelIntegrityException("lesion model: bundled file missing: " + BUNDLED + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ModelIntegrityException("lesion model: cannot read bundled " + name, e);
    }
  }
}
