package org.openderm.forecast;

import java.util.List;
import org.openderm.system.OpenDermException;

/**
 * A severity-series file with malformed lines (DERM-0501, 400): every problem names its line.
 *
 * <p>Messages quote line numbers and column names, never the values of identifying columns.
 */
public class SeriesFormatException extends OpenDermException {

  private final List<String> problems;

  public SeriesFormatException(List<String> problems) {
    super("DERM-0501", 400, summary(problems));
    this.problems = List.copyOf(problems);
  }

  /** One message per malformed line, such as {@code line 12: score must be between 0 and 103}. */
  public List<String> problems() {
    return problems;
  }

  @Override
  public String title() {
    return "Malformed severity series";
  }

  private static String summary(List<String> problems) {
    return problems.size() == 1 ? problems.get(0) : problems.size() + " malformed lines";
  }
}
