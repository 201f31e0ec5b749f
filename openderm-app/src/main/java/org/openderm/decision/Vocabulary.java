package org.openderm.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The drug, vaccine, condition and laboratory vocabulary the rules are written against, loaded from
 * {@code rules/vocabulary/*.json}.
 *
 * <p>A medication is recognised by ATC code first, then by a name (INN in English or French, or a
 * brand) occurring as whole words in its text or code displays; the longest matching name wins, so
 * "isotretinoin gel" is the topical product and not the oral one. Vaccines are recognised by CVX or
 * ATC code, then by name. Do not use it as a complete drug dictionary: it knows the drugs the rules
 * talk about and a few common ones, and everything else is reported as not understood.
 */
public final class Vocabulary {

  private static final String BASE = "/rules/vocabulary/";

  private final List<DrugEntry> drugs;
  private final List<VaccineEntry> vaccines;
  private final List<ConceptEntry> concepts;
  private final List<LabGroup> labs;

  Vocabulary(
      List<DrugEntry> drugs,
      List<VaccineEntry> vaccines,
      List<ConceptEntry> concepts,
      List<LabGroup> labs) {
    this.drugs = List.copyOf(drugs);
    this.vaccines = List.copyOf(vaccines);
    this.concepts = List.copyOf(concepts);
    this.labs = List.copyOf(labs);
  }

  /** Loads the vocabulary files shipped on the class path. */
  public static Vocabulary load() {
    JsonMapper json =
        JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    return new Vocabulary(
        read(json, "drugs.json", DrugFile.class).drugs(),
        read(json, "vaccines.json", VaccineFile.class).vaccines(),
        read(json, "conditions.json", ConceptFile.class).concepts(),
        read(json, "labs.json", LabFile.class).groups());
  }

  private static <T> T read(JsonMapper json, String name, Class<T> type) {
    try (InputStream in = Vocabulary.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("missing vocabulary file " + BASE + name);
      }
      return json.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The drug an item names, by ATC code then by name in its text and displays. */
  Optional<DrugEntry> drug(List<Code> codes, String text) {
    for (Code c : codes) {
      if (c.terminology() == Code.Terminology.ATC) {
        Optional<DrugEntry> hit =
            drugs.stream().filter(d -> d.atc().contains(c.normalisedCode())).findFirst();
        if (hit.isPresent()) {
          return hit;
        }
      }
    }
    return byName(drugs, DrugEntry::names, codes, text);
  }

  /** The vaccine an item names, by CVX or ATC code then by name. */
  Optional<VaccineEntry> vaccine(List<Code> codes, String text) {
    for (Code c : codes) {
      Code.Terminology t = c.terminology();
      String code = c.normalisedCode();
      Optional<VaccineEntry> hit =
          switch (t) {
            case CVX -> vaccines.stream().filter(v -> cvxEquals(v.cvx(), code)).findFirst();
            case ATC -> vaccines.stream().filter(v -> v.atc().contains(code)).findFirst();
            default -> Optional.empty();
          };
      if (hit.isPresent()) {
        return hit;
      }
    }
    return byName(vaccines, VaccineEntry::names, codes, text);
  }

  /** The condition concept an item names, by SNOMED code, ICD-10 prefix, then name. */
  Optional<ConceptEntry> concept(List<Code> codes, String text) {
    for (Code c : codes) {
      String code = c.normalisedCode().replace(".", "");
      Optional<ConceptEntry> hit =
          switch (c.terminology()) {
            case SNOMED -> concepts.stream().filter(k -> k.snomed().contains(code)).findFirst();
            case ICD10 ->
                concepts.stream()
                    .filter(
                        k -> k.icd10().stream().anyMatch(p -> code.startsWith(p.replace(".", ""))))
                    .max(Comparator.comparingInt(k -> longestPrefix(k.icd10(), code)));
            default -> Optional.empty();
          };
      if (hit.isPresent()) {
        return hit;
      }
    }
    return byName(concepts, ConceptEntry::names, codes, text);
  }

  /** The laboratory group a LOINC code belongs to. */
  Optional<LabGroup> labGroup(String loinc) {
    String code = loinc == null ? "" : loinc.trim();
    return labs.stream().filter(g -> g.loinc().contains(code)).findFirst();
  }

  /**
   * The laboratory group an observation names in its code texts, for results sent without a LOINC
   * code the vocabulary knows (genotypes and enzyme tests are often coded locally).
   */
  Optional<LabGroup> labGroupByName(List<Code> codes, String text) {
    return byName(labs, LabGroup::names, codes, text);
  }

  /** The laboratory group with this id. */
  Optional<LabGroup> labGroupById(String id) {
    return labs.stream().filter(g -> g.id().equals(id)).findFirst();
  }

  /** The drug with this id. */
  Optional<DrugEntry> drugById(String id) {
    return drugs.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  private static boolean cvxEquals(List<String> cvx, String code) {
    String bare = code.replaceFirst("^0+(?=.)", "");
    return cvx.stream().anyMatch(c -> c.replaceFirst("^0+(?=.)", "").equals(bare));
  }

  private static int longestPrefix(List<String> prefixes, String code) {
    return prefixes.stream()
        .map(p -> p.replace(".", ""))
        .filter(code::startsWith)
        .mapToInt(String::length)
        .max()
        .orElse(0);
  }

  private static <T> Optional<T> byName(
      Collection<T> entries, Function<T, List<String>> names, List<Code> codes, String text) {
    StringBuilder all = new StringBuilder(TextMatcher.normalise(text));
    for (Code c : codes) {
      all.append(" | ").append(TextMatcher.normalise(c.display()));
    }
    String haystack = all.toString();
    T best = null;
    int bestLength = 0;
    for (T entry : entries) {
      for (String name : names.apply(entry)) {
        String n = TextMatcher.normalise(name);
        if (n.length() > bestLength && TextMatcher.containsWords(haystack, n)) {
          best = entry;
          bestLength = n.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * A drug: id (English INN), rule classes, names, ATC codes, and for a systemic corticosteroid the
   * mg of prednisone that one mg equals (the dose rules compare prednisone equivalents).
   */
  record DrugEntry(
      String id,
      List<String> classes,
      List<String> names,
      List<String> atc,
      Double prednisoneEquivalent) {
    DrugEntry {
      classes = List.copyOf(classes == null ? List.of() : classes);
      atc = List.copyOf(atc == null ? List.of() : atc);
    }
  }

  /** A vaccine: id, live attenuated or not, names, CVX and ATC codes, ambiguous type. */
  record VaccineEntry(
      String id,
      boolean live,
      List<String> names,
      List<String> cvx,
      List<String> atc,
      boolean ambiguous) {
    VaccineEntry {
      cvx = List.copyOf(cvx == null ? List.of() : cvx);
      atc = List.copyOf(atc == null ? List.of() : atc);
    }
  }

  /** A condition concept: id, SNOMED codes, ICD-10 prefixes, names. */
  record ConceptEntry(String id, List<String> snomed, List<String> icd10, List<String> names) {}

  /** A laboratory group: id, canonical unit (null when only presence matters), LOINC codes. */
  record LabGroup(String id, String unit, List<String> loinc, List<String> names) {}

  private record DrugFile(List<DrugEntry> drugs) {}

  private record VaccineFile(List<VaccineEntry> vaccines) {}

  private record ConceptFile(List<ConceptEntry> concepts) {}

  private record LabFile(List<LabGroup> groups) {}
}
