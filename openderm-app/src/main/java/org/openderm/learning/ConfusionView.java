package org.openderm.learning;

import java.util.ArrayList;
import java.util.List;

/**
 * The learner's confusion matrix as the dashboard shows it: counts with a shade level per cell
 * (share of the row), only for classes the learner has met.
 */
record ConfusionView(List<LesionClass> classes, List<Row> rows) {

  record Row(LesionClass truth, int total, List<Cell> cells) {}

  /**
   * One cell.
   *
   * @param count answers
   * @param level shade 0..4, by the cell's share of its row
   */
  record Cell(LesionClass answer, int count, int level) {}

  static ConfusionView of(ProgressReport.ConfusionMatrix m) {
    List<LesionClass> seen = new ArrayList<>();
    for (LesionClass c : m.classes()) {
      int row = 0;
      int col = 0;
      for (LesionClass o : m.classes()) {
        row += m.count(c, o);
        col += m.count(o, c);
      }
      if (row + col > 0) {
        seen.add(c);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (LesionClass truth : seen) {
      int total = seen.stream().mapToInt(a -> m.count(truth, a)).sum();
      List<Cell> cells = new ArrayList<>();
      for (LesionClass answer : seen) {
        int n = m.count(truth, answer);
        int level = total == 0 ? 0 : (int) Math.ceil(4.0 * n / total);
        cells.add(new Cell(answer, n, level));
      }
      rows.add(new Row(truth, total, cells));
    }
    return new ConfusionView(seen, rows);
  }
}
