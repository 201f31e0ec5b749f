package org.openderm.assistant;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses an article file: front matter between {@code ---} lines, then a Markdown body.
 *
 * <p>The front matter is a small YAML subset ({@code key: value} lines and a {@code references:}
 * list of {@code - } lines), parsed by hand so that the content needs no YAML library and a schema
 * error names the file and the field.
 */
final class ArticleParser {

  static final Set<String> AUDIENCES = Set.of("patient", "clinician", "all");
  private static final List<String> REQUIRED =
      List.of("id", "lang", "title", "topics", "audience", "references", "reviewed");

  private ArticleParser() {}

  /** Parses one file; {@code file} only names it in errors. */
  static Article parse(String file, String content) {
    List<String> lines = content.replace("\r\n", "\n").lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      throw new InvalidKnowledgeException(file, "must start with a --- front matter line");
    }
    int end = indexOfClosing(lines);
    if (end < 0) {
      throw new InvalidKnowledgeException(file, "front matter is not closed by ---");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    List<String> references = new ArrayList<>();
    readFrontMatter(file, lines.subList(1, end), fields, references);
    for (String key : REQUIRED) {
      if (!key.equals("references") && fields.getOrDefault(key, "").isBlank()) {
        throw new InvalidKnowledgeException(file, "missing field " + key);
      }
    }
    if (references.isEmpty()) {
      throw new InvalidKnowledgeException(file, "needs at least one reference");
    }
    String audience = fields.get("audience");
    if (!AUDIENCES.contains(audience)) {
      throw new InvalidKnowledgeException(file, "audience must be patient, clinician or all");
    }
    List<Article.Section> sections = sections(lines.subList(end + 1, lines.size()));
    if (sections.isEmpty()) {
      throw new InvalidKnowledgeException(file, "body has no text");
    }
    return new Article(
        fields.get("id"),
        language(file, fields.get("lang")),
        fields.get("title"),
        Arrays.stream(fields.get("topics").split(",")).map(String::strip).toList(),
        audience,
        references,
        date(file, fields.get("reviewed")),
        sections);
  }

  private static int indexOfClosing(List<String> lines) {
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("---")) {
        return i;
      }
    }
    return -1;
  }

  private static void readFrontMatter(
      String file, List<String> lines, Map<String, String> fields, List<String> references) {
    String current = null;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      String stripped = line.strip();
      if (stripped.startsWith("- ")) {
        if (!"references".equals(current)) {
          throw new InvalidKnowledgeException(file, "list item outside references: " + stripped);
        }
        references.add(stripped.substring(2).strip());
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new InvalidKnowledgeException(file, "not a key: value line: " + stripped);
      }
      current = line.substring(0, colon).strip();
      fields.put(current, unquote(line.substring(colon + 1).strip()));
    }
  }

  private static String unquote(String value) {
    if (value.length() >= 2
        && (value.startsWith("\"") && value.endsWith("\"")
            || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }

  private static List<Article.Section> sections(List<String> body) {
    List<Article.Section> sections = new ArrayList<>();
    String heading = "";
    StringBuilder text = new StringBuilder();
    for (String line : body) {
      if (line.startsWith("## ")) {
        addSection(sections, heading, text);
        heading = line.substring(3).strip();
        text.setLength(0);
      } else if (!line.startsWith("# ")) {
        text.append(line).append('\n');
      }
    }
    addSection(sections, heading, text);
    return sections;
  }

  private static void addSection(List<Article.Section> out, String heading, StringBuilder text) {
    String body = text.toString().strip();
    if (!body.isEmpty()) {
      out.add(new Article.Section(heading, body));
    }
  }

  private static Language language(String file, String code) {
    try {
      return Language.of(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidKnowledgeException(file, "lang must be fr or en", e);
    }
  }

  private static LocalDate date(String file, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidKnowledgeException(file, "reviewed must be YYYY-MM-DD", e);
    }
  }
}
