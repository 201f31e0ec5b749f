package org.openderm.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the assistant's data files (articles, rules, evaluation questions) from the classpath.
 *
 * <p>In a development tree the article folder is listed; inside a packaged jar a folder cannot be
 * listed portably, so the article ids are then taken from the folder's {@code INDEX.md}, which the
 * schema test keeps complete.
 */
final class ClasspathContent {

  private static final Pattern ARTICLE_FILE =
      Pattern.compile("([a-z0-9][a-z0-9-]*)\\.(fr|en)\\.md");
  private static final Pattern ID_TOKEN = Pattern.compile("[a-z0-9][a-z0-9-]{2,}");

  private final ClassLoader loader;

  ClasspathContent(ClassLoader loader) {
    this.loader = loader;
  }

  /** Reads a UTF-8 resource, or empty when it does not exist. */
  Optional<String> read(String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a resource that must exist. */
  String require(String resource) {
    return read(resource)
        .orElseThrow(() -> new InvalidKnowledgeException(resource, "missing on the classpath"));
  }

  /** The article ids found in {@code folder} (without a trailing slash). */
  Set<String> articleIds(String folder) {
    Set<String> ids = listFolder(folder);
    if (ids.isEmpty()) {
      ids = fromIndex(folder);
    }
    return ids;
  }

  private Set<String> listFolder(String folder) {
    Set<String> ids = new LinkedHashSet<>();
    URL url = loader.getResource(folder);
    if (url == null || !"file".equals(url.getProtocol())) {
      return ids;
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      files
          .map(p -> ARTICLE_FILE.matcher(p.getFileName().toString()))
          .filter(Matcher::matches)
          .map(m -> m.group(1))
          .sorted()
          .forEach(ids::add);
    } catch (IOException | URISyntaxException e) {
      throw new InvalidKnowledgeException(folder, "cannot list the folder", e);
    }
    return ids;
  }

  /** Ids named in INDEX.md: any id-like token that has a French article file. */
  Set<String> fromIndex(String folder) {
    Set<String> ids = new LinkedHashSet<>();
    Matcher tokens = ID_TOKEN.matcher(read(folder + "/INDEX.md").orElse(""));
    while (tokens.find()) {
      String id = tokens.group();
      if (loader.getResource(folder + "/" + id + ".fr.md") != null) {
        ids.add(id);
      }
    }
    return ids;
  }
}
