package org.openderm.learning;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openderm.system.Violation;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The curated teaching content on the classpath: the class guides ({@code learning/classes.json})
 * and the clinical cases ({@code learning/cases/*.json}), loaded once and validated.
 */
final class LearningContent {

  static final String CASES = "classpath*:learning/cases/*.json";
  static final String CLASSES = "classpath:learning/classes.json";

  // Strict: a misspelt field in a content file is an error, not a silently missing text.
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private final Map<LesionClass, ClassGuide> guides;
  private final Map<String, ClinicalCase> cases;

  private LearningContent(Map<LesionClass, ClassGuide> guides, Map<String, ClinicalCase> cases) {
    this.guides = guides;
    this.cases = cases;
  }

  /**
   * Loads and validates everything; throws {@link LearningContentException} on the first bad file.
   */
  static LearningContent load() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    try {
      Map<LesionClass, ClassGuide> guides = guides(resolver.getResource(CLASSES));
      List<ClinicalCase> list = new ArrayList<>();
      for (Resource r : resolver.getResources(CASES)) {
        list.add(readCase(r));
      }
      list.sort(Comparator.comparing(ClinicalCase::id));
      Map<String, ClinicalCase> cases = new LinkedHashMap<>();
      list.forEach(c -> cases.put(c.id(), c));
      return new LearningContent(guides, cases);
    } catch (IOException e) {
      throw new LearningContentException("learning/", e);
    }
  }

  /** Reads one case file and checks it against {@link CaseSchema} and its file name. */
  static ClinicalCase readCase(Resource resource) {
    String name = resource.getFilename();
    ClinicalCase c;
    try (InputStream in = resource.getInputStream()) {
      c = JSON.readValue(in, ClinicalCase.class);
    } catch (IOException | JacksonException e) {
      throw new LearningContentException(name, e);
    }
    List<Violation> violations = new ArrayList<>(CaseSchema.validate(c));
    if (c.id() != null && !(c.id() + ".json").equals(name)) {
      violations.add(new Violation("id", "must match the file name " + name));
    }
    if (!violations.isEmpty()) {
      throw new LearningContentException(name, violations);
    }
    return c;
  }

  private static Map<LesionClass, ClassGuide> guides(Resource resource) throws IOException {
    GuideFile file;
    try (InputStream in = resource.getInputStream()) {
      file = JSON.readValue(in, GuideFile.class);
    } catch (JacksonException e) {
      throw new LearningContentException("classes.json", e);
    }
    Map<LesionClass, ClassGuide> guides = new EnumMap<>(LesionClass.class);
    for (GuideEntry e : file.classes()) {
      LesionClass lc = LesionClass.ofCode(e.code());
      List<Violation> v = new ArrayList<>();
      if (lc == null) {
        v.add(new Violation("code", "unknown class " + e.code()));
      }
      List<ClassGuide.Confusion> confusions = new ArrayList<>();
      for (ConfusionEntry ce : e.confusedWith()) {
        LesionClass other = LesionClass.ofCode(ce.code());
        if (other == null || other == lc || !ce.why().complete()) {
          v.add(new Violation(e.code() + ".confusedWith", "bad entry " + ce.code()));
        }
        confusions.add(new ClassGuide.Confusion(other, ce.why()));
      }
      List<String> refs = new ArrayList<>();
      for (String key : e.references()) {
        String citation = file.references().get(key);
        if (citation == null) {
          v.add(new Violation(e.code() + ".references", "no citation for " + key));
        }
        refs.add(citation);
      }
      if (!e.name().complete()
          || e.clues().isEmpty()
          || !e.clues().stream().allMatch(Text::complete)) {
        v.add(new Violation(e.code(), "name and clues need French and English"));
      }
      if (!v.isEmpty()) {
        throw new LearningContentException("classes.json", v);
      }
      guides.put(lc, new ClassGuide(lc, e.name(), e.clues(), confusions, refs));
    }
    if (guides.size() != LesionClass.values().length) {
      throw new LearningContentException(
          "classes.json", List.of(new Violation("classes", "one guide per lesion class")));
    }
    return guides;
  }

  ClassGuide guide(LesionClass c) {
    return guides.get(c);
  }

  Optional<ClinicalCase> findCase(String id) {
    return Optional.ofNullable(id == null ? null : cases.get(id));
  }

  /** Every case, ordered by id. */
  List<ClinicalCase> cases() {
    return List.copyOf(cases.values());
  }

  private record GuideFile(Text about, List<GuideEntry> classes, Map<String, String> references) {}

  private record GuideEntry(
      String code,
      Text name,
      List<Text> clues,
      List<ConfusionEntry> confusedWith,
      List<String> references) {}

  private record ConfusionEntry(String code, Text why) {}
}
