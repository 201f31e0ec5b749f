package org.openderm.system;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What a rendered page's text must not contain, read from the application itself: the message
 * bundles of both languages (text of the other language, raw keys) and the enum constants of every
 * {@code org.openderm} class (raw codes such as {@code AI_ANALYSIS} or {@code OWN_RECORD}).
 */
final class PageChecks {

  private static final Pattern RAW_KEY = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");
  private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9_]{2,}\\b");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_-]+");

  /** Names of coding standards: shown beside a code on purpose ("LOINC 718-7"), not raw codes. */
  private static final Set<String> STANDARDS =
      Set.of("LOINC", "CVX", "ATC", "SNOMED", "UCUM", "FHIR");

  /** Audit outcomes are strings, not an enum; they are codes all the same. */
  private static final Set<String> OTHER_CODES = Set.of("SUCCESS", "DENIED", "FAILED");

  private final Set<String> french = new HashSet<>();
  private final Set<String> english = new HashSet<>();
  private final Set<String> frenchWords = new HashSet<>();
  private final Set<String> englishWords = new HashSet<>();
  private final Set<String> codes = new HashSet<>();

  private PageChecks() {}

  /** Reads the bundles under {@code i18n/} and the enums of the application's classes. */
  static PageChecks load() {
    PageChecks checks = new PageChecks();
    try {
      for (Resource r :
          new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
        boolean en = r.getFilename().endsWith("_en.properties");
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
          p.load(in);
        }
        for (String key : p.stringPropertyNames()) {
          String value = normalise(p.getProperty(key));
          // MessageFormat turns '' into ' when a message has arguments: keep both spellings.
          (en ? checks.english : checks.french).add(value);
          (en ? checks.english : checks.french).add(value.replace("''", "'"));
          Matcher w = WORD.matcher(value);
          while (w.find()) {
            (en ? checks.englishWords : checks.frenchWords).add(w.group());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.openderm")) {
      if (c.isEnum()) {
        for (Object constant : c.reflect().getEnumConstants()) {
          String name = ((Enum<?>) constant).name();
          if (name.length() >= 3) {
            checks.codes.add(name);
          }
        }
      }
    }
    checks.codes.addAll(OTHER_CODES);
    return checks;
  }

  /** The problems of one piece of visible text on a page in {@code lang} ("fr" or "en"). */
  List<String> problems(String text, String lang) {
    List<String> found = new ArrayList<>();
    String t = normalise(text);
    if (t.isEmpty()) {
      return found;
    }
    if (RAW_KEY.matcher(t).find()) {
      found.add("raw message key: " + t);
    }
    boolean fr = lang.equals("fr");
    Set<String> ownWords = fr ? frenchWords : englishWords;
    Matcher code = CODE.matcher(t);
    while (code.find()) {
      String c = code.group();
      // A constant that the language's own texts use as a word (SCORAD, POEM) is a name, not a
      // code.
      if (codes.contains(c) && !ownWords.contains(c) && !STANDARDS.contains(c)) {
        found.add("raw code " + c + " in: " + t);
      }
    }
    if (t.contains(">=") || t.contains("<=")) {
      found.add("raw comparison in: " + t);
    }
    Set<String> own = fr ? french : english;
    Set<String> other = fr ? english : french;
    if (t.length() >= 4 && t.chars().anyMatch(Character::isLetter)) {
      if (other.contains(t) && !own.contains(t)) {
        found.add("text of the other language: " + t);
      }
    }
    return found;
  }

  private static String normalise(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}
