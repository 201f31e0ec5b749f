package org.openderm.assistant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds concepts in a tokenised question and tells affirmed mentions from negated, hypothetical or
 * past ones, clause by clause.
 *
 * <p>The algorithm is ConText (Harkema H et al., J Biomed Inform 2009;42:839-51), the successor of
 * NegEx (Chapman WW et al., J Biomed Inform 2001;34:301-10), with French and English triggers read
 * from {@code knowledge/safety/context.txt}:
 *
 * <ul>
 *   <li>a <em>pre</em> trigger ("pas de", "sans", "no", "without"; "signes de", "signs of") covers
 *       the words after it, up to {@value #PRE_WINDOW} tokens;
 *   <li>a <em>post</em> trigger ("absente", "ruled out", "il y a des années") covers up to {@value
 *       #POST_WINDOW} tokens before it;
 *   <li>a scope stops at a clause terminator: punctuation and the conjunctions "et", "mais",
 *       "avec", "and", "but", "with"… so in "il ne boit pas et a de la fièvre" the fever stays
 *       affirmed;
 *   <li>a pseudo-trigger ("sans doute", "not only", "pas sûr") looks like a trigger and is not one.
 * </ul>
 *
 * <p>Uncertainty ("je crois", "maybe") is deliberately not a trigger: for a safety net a possible
 * danger counts as a danger. Triggers are matched exactly (folded, no typo tolerance) so that a
 * typo never invents a negation; concept words are matched with {@link Text#sameWord}. A trigger
 * inside a concept's own phrase ("ne s'efface pas", "not eating") is part of the concept.
 */
final class ConceptFinder {

  static final String PRE_NEGATION = "negation-pre";
  static final String POST_NEGATION = "negation-post";
  static final String HYPOTHETICAL = "hypothetical-pre";
  static final String HISTORICAL = "historical-pre";
  static final String HISTORICAL_POST = "historical-post";
  static final String PSEUDO = "pseudo-trigger";
  static final String TERMINATOR = "clause-terminator";
  static final List<String> CONTEXT_CONCEPTS =
      List.of(
          PRE_NEGATION,
          POST_NEGATION,
          HYPOTHETICAL,
          HISTORICAL,
          HISTORICAL_POST,
          PSEUDO,
          TERMINATOR);

  private static final int PRE_WINDOW = 6;
  private static final int POST_WINDOW = 3;

  /**
   * The word that joins the parts of a proximity phrase ({@code "rouge ~ chaud"} in the synonym
   * files): every part must be found, affirmed, within {@value #NEAR} words of the first, in any
   * order and across commas, so "rouge, chaud et ça s'étend" and "my calf is hard, swollen" count.
   */
  static final String NEAR_MARK = "zznearzz";

  private static final int NEAR = 6;

  /**
   * One mention of a concept.
   *
   * @param concept the concept name
   * @param start first token
   * @param end the token after the last
   * @param words the words as the person typed them (folded)
   */
  record Mention(String concept, int start, int end, String words) {}

  private final Lexicon lexicon;
  private final Map<String, List<List<String[]>>> stems = new HashMap<>();

  ConceptFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
    for (String concept : lexicon.concepts()) {
      stems.put(
          concept,
          lexicon.phrases(concept).stream()
              .map(p -> p.stream().map(w -> new String[] {w, Text.stem(w)}).toList())
              .toList());
    }
  }

  /** Reads the triggers of a question once; the scan then answers concept queries. */
  Scan scan(List<String> tokens) {
    return new Scan(tokens);
  }

  /** Whether the concept is mentioned at least once and affirmed. */
  boolean affirmed(String concept, List<String> tokens) {
    return scan(tokens).affirmed(concept).isPresent();
  }

  /** The triggers of one question and the concepts found in it so far. */
  final class Scan {

    private enum Role {
      NONE,
      PRE,
      POST,
      TERMINATOR
    }

    private final List<String> tokens;
    private final List<String> stemmed;
    private final Role[] roles;
    private final Map<String, Optional<Mention>> found = new HashMap<>();

    private Scan(List<String> tokens) {
      this.tokens = List.copyOf(tokens);
      this.stemmed = tokens.stream().map(Text::stem).toList();
      this.roles = new Role[tokens.size()];
      java.util.Arrays.fill(roles, Role.NONE);
      boolean[] pseudo = new boolean[tokens.size()];
      mark(PSEUDO, pseudo, null);
      mark(TERMINATOR, pseudo, Role.TERMINATOR);
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).equals(Text.BOUNDARY)) {
          roles[i] = Role.TERMINATOR;
        }
      }
      mark(PRE_NEGATION, pseudo, Role.PRE);
      mark(HYPOTHETICAL, pseudo, Role.PRE);
      mark(HISTORICAL, pseudo, Role.PRE);
      mark(POST_NEGATION, pseudo, Role.POST);
      mark(HISTORICAL_POST, pseudo, Role.POST);
    }

    /** Marks the tokens of every exact occurrence of the concept's phrases with a role. */
    private void mark(String concept, boolean[] pseudo, Role role) {
      for (List<String> phrase : lexicon.phrases(concept)) {
        for (int at = 0; at + phrase.size() <= tokens.size(); at++) {
          if (!tokens.subList(at, at + phrase.size()).equals(phrase)) {
            continue;
          }
          boolean free = true;
          for (int i = at; i < at + phrase.size(); i++) {
            free &= !pseudo[i] && roles[i] == Role.NONE;
          }
          for (int i = at; free && i < at + phrase.size(); i++) {
            if (role == null) {
              pseudo[i] = true;
            } else {
              roles[i] = role;
            }
          }
        }
      }
    }

    /** The first affirmed mention of the concept, if any. */
    Optional<Mention> affirmed(String concept) {
      return found.computeIfAbsent(concept, this::find);
    }

    private Optional<Mention> find(String concept) {
      for (List<String[]> phrase : stems.getOrDefault(concept, List.of())) {
        if (phrase.stream().anyMatch(w -> w[0].equals(NEAR_MARK))) {
          Optional<Mention> near = findNear(concept, phrase);
          if (near.isPresent()) {
            return near;
          }
          continue;
        }
        for (int start = 0; start < tokens.size(); start++) {
          int end = matchAt(phrase, start);
          if (end > 0 && !outOfScope(start, end)) {
            return Optional.of(
                new Mention(concept, start, end, String.join(" ", tokens.subList(start, end))));
          }
        }
      }
      return Optional.empty();
    }

    /** A proximity phrase: its parts, each affirmed, within {@link #NEAR} words of the first. */
    private Optional<Mention> findNear(String concept, List<String[]> phrase) {
      List<List<String[]>> parts = new java.util.ArrayList<>();
      parts.add(new java.util.ArrayList<>());
      for (String[] word : phrase) {
        if (word[0].equals(NEAR_MARK)) {
          parts.add(new java.util.ArrayList<>());
        } else {
          parts.get(parts.size() - 1).add(word);
        }
      }
      for (int start = 0; start < tokens.size(); start++) {
        int end = matchAt(parts.get(0), start);
        if (end < 0 || outOfScope(start, end)) {
          continue;
        }
        int from = start;
        int to = end;
        boolean all = true;
        for (List<String[]> part : parts.subList(1, parts.size())) {
          int found = -1;
          for (int at = Math.max(0, start - NEAR); found < 0 && at <= end + NEAR; at++) {
            int partEnd = at < tokens.size() ? matchAt(part, at) : -1;
            if (partEnd > 0 && !outOfScope(at, partEnd, start, end)) {
              found = at;
              from = Math.min(from, at);
              to = Math.max(to, partEnd);
            }
          }
          all &= found >= 0;
        }
        if (all) {
          return Optional.of(
              new Mention(concept, from, to, String.join(" ", tokens.subList(from, to))));
        }
      }
      return Optional.empty();
    }

    /**
     * Matches a phrase at {@code start}, allowing one filler word between its words (never a
     * trigger nor a terminator: "je ne veux pas mourir" is not "veux mourir"); returns the index
     * after the match, or -1.
     */
    private int matchAt(List<String[]> phrase, int start) {
      int position = start;
      for (int w = 0; w < phrase.size(); w++) {
        String[] word = phrase.get(w);
        if (position < tokens.size() && same(word, position)) {
          position++;
        } else if (w > 0
            && position + 1 < tokens.size()
            && roles[position] == Role.NONE
            && same(word, position + 1)) {
          position += 2;
        } else {
          return -1;
        }
      }
      return position;
    }

    private boolean same(String[] word, int position) {
      String token = tokens.get(position);
      return !token.equals(Text.BOUNDARY)
          && Text.sameWord(word[0], word[1], token, stemmed.get(position));
    }

    /** Whether a negation, hypothetical or historical trigger covers the mention. */
    private boolean outOfScope(int start, int end) {
      return outOfScope(start, end, -1, -1);
    }

    /**
     * Whether a trigger covers the mention, ignoring the triggers between {@code ownFrom} and
     * {@code ownTo}: in "spots that don't go away when I press", the negation belongs to the first
     * part of the proximity phrase, not to "press".
     */
    private boolean outOfScope(int start, int end, int ownFrom, int ownTo) {
      for (int i = start - 1; i >= Math.max(0, start - PRE_WINDOW); i--) {
        if (roles[i] == Role.TERMINATOR) {
          break;
        }
        if (roles[i] == Role.PRE && (i < ownFrom || i >= ownTo)) {
          return true;
        }
      }
      for (int i = end; i < Math.min(tokens.size(), end + POST_WINDOW); i++) {
        if (roles[i] == Role.TERMINATOR) {
          break;
        }
        if (roles[i] == Role.POST && (i < ownFrom || i >= ownTo)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Matches a phrase at {@code start} with the retrieval's word matching, allowing one filler word
   * between its words; returns the index after the match, or -1. Used by the lay vocabulary of the
   * search, not by the safety rules.
   */
  static int matchAt(List<String> phrase, List<String> tokens, int start) {
    int position = start;
    for (int w = 0; w < phrase.size(); w++) {
      String word = phrase.get(w);
      if (position < tokens.size() && Text.wordMatches(word, tokens.get(position))) {
        position++;
      } else if (w > 0
          && position + 1 < tokens.size()
          && !tokens.get(position).equals(Text.BOUNDARY)
          && Text.wordMatches(word, tokens.get(position + 1))) {
        position += 2;
      } else {
        return -1;
      }
    }
    return position;
  }
}
