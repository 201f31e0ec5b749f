package org.openderm.assistant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Coverage check on MedQuAD's consumer questions about skin conditions (Ben Abacha and
 * Demner-Fushman, BMC Bioinformatics 2019;20:511; CC BY 4.0), read in place from the data folder.
 *
 * <p>Each distinct question is asked in English. The answer counts as relevant when a cited article
 * names the document's focus (its title, topics or text contain it), as honest when it cites
 * nothing, and as off-topic otherwise. The answers of MedQuAD are never used.
 */
final class MedquadCoverage {

  private static final Set<String> GENERIC =
      Set.of("syndrome", "type", "disease", "disorder", "skin", "other");
  private final AssistantService assistant;

  MedquadCoverage(AssistantService assistant) {
    this.assistant = assistant;
  }

  /**
   * Coverage figures.
   *
   * @param questions distinct questions asked
   * @param relevant answers citing an article that names the focus
   * @param unknown answers citing nothing
   * @param offTopic answers citing only articles that do not name the focus
   * @param relevantOrHonest (relevant + unknown) / questions
   * @param offTopicExamples up to 20 off-topic questions with what was cited
   */
  record Result(
      int questions,
      int relevant,
      int unknown,
      int offTopic,
      double relevantOrHonest,
      List<String> offTopicExamples) {}

  Result run(Path folder) {
    Map<String, String> focusByQuestion = questions(folder);
    int relevant = 0;
    int unknown = 0;
    List<String> offTopic = new ArrayList<>();
    for (Map.Entry<String, String> entry : focusByQuestion.entrySet()) {
      AssistantAnswer answer = assistant.ask(entry.getKey(), Language.EN);
      if (answer.citations().isEmpty()) {
        unknown++;
      } else if (answer.citations().stream().anyMatch(c -> names(c, entry.getValue()))) {
        relevant++;
      } else {
        offTopic.add(entry.getKey() + " -> " + answer.citations().get(0).articleId());
      }
    }
    int n = focusByQuestion.size();
    return new Result(
        n,
        relevant,
        unknown,
        offTopic.size(),
        n == 0 ? 0 : (double) (relevant + unknown) / n,
        offTopic.subList(0, Math.min(20, offTopic.size())));
  }

  /**
   * Whether the cited article names the focus: the whole phrase, or each of its words of four
   * letters or more ("Cold urticaria" in an article on chronic urticaria that names cold as a
   * trigger), generic words such as "syndrome" aside.
   */
  private boolean names(Citation citation, String focus) {
    List<String> words =
        Text.tokens(focus).stream().filter(w -> w.length() >= 4 && !GENERIC.contains(w)).toList();
    String phrase = " " + String.join(" ", Text.tokens(focus)) + " ";
    return assistant
        .knowledge()
        .article(citation.articleId(), Language.EN)
        .map(a -> " " + String.join(" ", Text.tokens(text(a))) + " ")
        .map(
            t ->
                t.contains(phrase)
                    || !words.isEmpty() && words.stream().allMatch(w -> t.contains(" " + w)))
        .orElse(false);
  }

  private static String text(Article a) {
    StringBuilder all = new StringBuilder(a.title()).append(' ');
    all.append(String.join(" ", a.topics()).replace('-', ' '));
    a.sections().forEach(s -> all.append(' ').append(s.heading()).append(' ').append(s.text()));
    return all.toString();
  }

  /** Distinct questions and the focus of their document. */
  static Map<String, String> questions(Path folder) {
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      for (Path file : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
        Document doc = builder.parse(file.toFile());
        NodeList focus = doc.getElementsByTagName("Focus");
        String focusText = focus.getLength() == 0 ? "" : focus.item(0).getTextContent().strip();
        NodeList questions = doc.getElementsByTagName("Question");
        for (int i = 0; i < questions.getLength(); i++) {
          out.putIfAbsent(questions.item(i).getTextContent().strip(), focusText);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot read MedQuAD XML in " + folder, e);
    }
    return out;
  }
}
