package org.openderm.assistant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The articles of the knowledge base, by language and id, checked to come in FR/EN pairs.
 *
 * <p>Articles are written by us in our own words, each with its references (DESIGN §6); this class
 * only loads and checks them.
 */
final class KnowledgeBase {

  static final String DEFAULT_FOLDER = "knowledge/articles";

  private final Map<Language, Map<String, Article>> articles;

  KnowledgeBase(Collection<Article> all) {
    articles = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      articles.put(language, new LinkedHashMap<>());
    }
    for (Article article : all) {
      articles.get(article.language()).put(article.id(), article);
    }
    for (Language language : Language.values()) {
      Language other = language == Language.FR ? Language.EN : Language.FR;
      for (String id : articles.get(language).keySet()) {
        if (!articles.get(other).containsKey(id)) {
          throw new InvalidKnowledgeException(id, "has no " + other.code() + " version");
        }
      }
    }
  }

  /** Loads every article of {@code folder} on the classpath. */
  static KnowledgeBase load(ClasspathContent content, String folder) {
    Set<String> ids = content.articleIds(folder);
    if (ids.isEmpty()) {
      throw new InvalidKnowledgeException(folder, "no article found");
    }
    List<Article> all = new ArrayList<>();
    for (String id : ids) {
      for (Language language : Language.values()) {
        String file = id + "." + language.code() + ".md";
        Article article = ArticleParser.parse(file, content.require(folder + "/" + file));
        if (!article.id().equals(id) || article.language() != language) {
          throw new InvalidKnowledgeException(file, "id or lang does not match the file name");
        }
        all.add(article);
      }
    }
    return new KnowledgeBase(all);
  }

  /** The articles in one language, in id order of loading. */
  Collection<Article> articles(Language language) {
    return articles.get(language).values();
  }

  /** One article, if it exists. */
  Optional<Article> article(String id, Language language) {
    return Optional.ofNullable(articles.get(language).get(id));
  }

  /** The number of distinct articles (pairs). */
  int size() {
    return articles.get(Language.FR).size();
  }
}
