package org.openderm.forecast.evaluation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openderm.forecast.model.DailySeries;
import org.openderm.forecast.model.PoScoradItem;

/** The column layout of a severity-series CSV file and the parsing of its lines. */
final class CsvHeader {

  private final Map<String, Integer> columns;
  private final int width;

  private CsvHeader(Map<String, Integer> columns, int width) {
    this.columns = columns;
    this.width = width;
  }

  static CsvHeader parse(String line, int number, List<String> problems) {
    String[] names = split(line);
    Map<String, Integer> columns = new HashMap<>();
    List<String> known = new java.util.ArrayList<>(List.of("patient", "date", "score"));
    for (PoScoradItem item : PoScoradItem.values()) {
      known.add(item.column());
    }
    for (int c = 0; c < names.length; c++) {
      if (!known.contains(names[c]) || columns.put(names[c], c) != null) {
        problems.add(
            String.format(Locale.ROOT, "line %d: unexpected column '%s'", number, names[c]));
        return null;
      }
    }
    for (String required : List.of("patient", "date", "score")) {
      if (!columns.containsKey(required)) {
        problems.add(String.format(Locale.ROOT, "line %d: missing column '%s'", number, required));
        return null;
      }
    }
    if (columns.size() != 3 && columns.size() != 3 + PoScoradItem.values().length) {
      problems.add(
          String.format(Locale.ROOT, "line %d: give all nine item columns or none", number));
      return null;
    }
    return new CsvHeader(columns, names.length);
  }

  boolean hasItems() {
    return columns.size() > 3;
  }

  SeriesCsv.Row row(String line, int number, List<String> problems) {
    String[] f = split(line);
    if (f.length != width) {
      problems.add(
          String.format(Locale.ROOT, "line %d: %d fields, expected %d", number, f.length, width));
      return null;
    }
    String patient = f[columns.get("patient")];
    LocalDate date = SeriesCsv.parseDate(f[columns.get("date")]);
    int size = hasItems() ? 1 + PoScoradItem.values().length : 1;
    int[] values = new int[size];
    String problem =
        patient.isEmpty() ? "patient is empty" : date == null ? "date must be YYYY-MM-DD" : null;
    if (problem == null) {
      problem = value(f[columns.get("score")], "score", PoScoradItem.TOTAL_MAX, false, values, 0);
    }
    for (int i = 1; problem == null && i < size; i++) {
      PoScoradItem item = PoScoradItem.values()[i - 1];
      problem = value(f[columns.get(item.column())], item.column(), item.max(), true, values, i);
    }
    if (problem != null) {
      problems.add(String.format(Locale.ROOT, "line %d: %s", number, problem));
      return null;
    }
    return new SeriesCsv.Row(patient, date, values);
  }

  /** Parses one number into {@code out[i]}; returns a problem or null. */
  private static String value(
      String text, String name, int max, boolean optional, int[] out, int i) {
    if (text.isEmpty()) {
      out[i] = DailySeries.MISSING;
      return optional ? null : name + " is empty";
    }
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return name + " is not a number";
    }
    if (!(v >= 0 && v <= max)) {
      return String.format(Locale.ROOT, "%s must be between 0 and %d", name, max);
    }
    out[i] = (int) Math.floor(v + 0.5);
    return null;
  }

  private static String[] split(String line) {
    return Arrays.stream(line.split(",", -1)).map(String::strip).toArray(String[]::new);
  }
}
