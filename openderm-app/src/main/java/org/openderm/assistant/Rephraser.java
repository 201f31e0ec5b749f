package org.openderm.assistant;

import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optional rewording of the retrieved passages into smoother prose.
 *
 * <p>It may only rephrase: {@link #guarded} keeps the original text unless the rewording keeps
 * exactly the same citation marks, adds no amount of medicine and stays of similar length. Off by
 * default ({@link #NONE}); the assistant is fully useful without it.
 */
@FunctionalInterface
interface Rephraser {

  /** Leaves the passages as retrieved. */
  Rephraser NONE = (text, language) -> text;

  Pattern MARK = Pattern.compile("\\[(\\d+)]");

  /** The passages, reworded; may throw, in which case the original text is used. */
  String rephrase(String passages, Language language);

  /** This rephraser behind the checks that keep it from adding, dropping or dosing. */
  default Rephraser guarded() {
    Rephraser inner = this;
    return (text, language) -> {
      try {
        String out = inner.rephrase(text, language);
        boolean ok =
            out != null
                && !out.isBlank()
                && out.length() <= 2 * text.length() + 200
                && marks(out).equals(marks(text))
                && !PassageText.DOSE.matcher(out).find();
        return ok ? "\n" + out.strip() : text;
      } catch (RuntimeException e) {
        return text;
      }
    };
  }

  private static TreeSet<String> marks(String text) {
    TreeSet<String> marks = new TreeSet<>();
    Matcher m = MARK.matcher(text);
    while (m.find()) {
      marks.add(m.group(1));
    }
    return marks;
  }
}
