package org.openderm.forecast.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openderm.forecast.SeriesFormatException;
import org.openderm.forecast.model.DailySeries;
import org.openderm.forecast.model.PoScoradItem;

/**
 * Reads PO-SCORAD series from CSV (DESIGN §4): a header {@code patient,date,score} in any order,
 * optionally with all nine item columns {@code extent,erythema,oedemaPapulation,oozingCrusts,
 * excoriations,lichenification,dryness,itch,sleeplessness}; one line per patient-day.
 *
 * <p>Rules, all explicit: dates are ISO ({@code 2026-03-01}); a score may have decimals and is
 * rounded half up to an integer in 0..103; an item left empty is missing for that day; days without
 * a line are missing data, never zeros; when a patient has several lines for the same date, <b>the
 * last line in the file wins</b> (a diary correction is written after the entry it corrects) and
 * the number of such duplicates is reported; blank lines and lines starting with {@code #} are
 * ignored. Every malformed line is reported with its line number, and then nothing is loaded
 * ({@link SeriesFormatException}). Fields are split on commas: no quoting.
 */
public final class SeriesCsv {

  /** A patient's series may not span more days than this (ten years). */
  static final int MAX_SPAN_DAYS = 3660;

  /**
   * The loaded series.
   *
   * @param series one per patient, in order of first appearance
   * @param duplicates lines that replaced an earlier line for the same patient and date
   */
  public record Result(List<DailySeries> series, int duplicates) {}

  private SeriesCsv() {}

  /** Reads a CSV file. */
  public static Result read(Path file) {
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CSV lines of {@code series}, one per observed day, items included when known. */
  public static List<String> format(List<DailySeries> series) {
    boolean items = !series.isEmpty() && series.stream().allMatch(DailySeries::hasItems);
    List<String> lines = new ArrayList<>();
    StringBuilder header = new StringBuilder("patient,date,score");
    for (PoScoradItem item : items ? PoScoradItem.values() : new PoScoradItem[0]) {
      header.append(',').append(item.column());
    }
    lines.add(header.toString());
    for (DailySeries s : series) {
      for (int d = 0; d < s.length(); d++) {
        if (s.scores()[d] == DailySeries.MISSING) {
          continue;
        }
        StringBuilder line = new StringBuilder(s.patient()).append(',');
        line.append(s.start().plusDays(d)).append(',').append(s.scores()[d]);
        for (int i = 0; items && i < PoScoradItem.values().length; i++) {
          int v = s.items()[i][d];
          line.append(',').append(v == DailySeries.MISSING ? "" : Integer.toString(v));
        }
        lines.add(line.toString());
      }
    }
    return lines;
  }

  /** Parses the lines of a CSV file. */
  public static Result parse(List<String> lines) {
    List<String> problems = new ArrayList<>();
    CsvHeader header = null;
    Map<String, TreeMap<LocalDate, int[]>> byPatient = new LinkedHashMap<>();
    int duplicates = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int number = i + 1;
      if (header == null) {
        header = CsvHeader.parse(line, number, problems);
        if (header == null) {
          break;
        }
        continue;
      }
      Row row = header.row(line, number, problems);
      if (row != null) {
        var days = byPatient.computeIfAbsent(row.patient(), p -> new TreeMap<>());
        if (days.put(row.date(), row.values()) != null) {
          duplicates++;
        }
      }
    }
    if (header == null && problems.isEmpty()) {
      problems.add("line 1: missing header patient,date,score");
    }
    List<DailySeries> series = new ArrayList<>();
    for (var e : byPatient.entrySet()) {
      long span = ChronoUnit.DAYS.between(e.getValue().firstKey(), e.getValue().lastKey()) + 1;
      if (span > MAX_SPAN_DAYS) {
        problems.add(
            String.format(
                Locale.ROOT, "a patient's series spans %d days (max %d)", span, MAX_SPAN_DAYS));
      } else if (problems.isEmpty()) {
        series.add(toSeries(e.getKey(), e.getValue(), header.hasItems(), (int) span));
      }
    }
    if (!problems.isEmpty()) {
      throw new SeriesFormatException(problems);
    }
    return new Result(List.copyOf(series), duplicates);
  }

  private static DailySeries toSeries(
      String patient, TreeMap<LocalDate, int[]> days, boolean withItems, int span) {
    LocalDate start = days.firstKey();
    int[] totals = new int[span];
    java.util.Arrays.fill(totals, DailySeries.MISSING);
    int[][] items = withItems ? new int[PoScoradItem.values().length][span] : null;
    if (items != null) {
      for (int[] row : items) {
        java.util.Arrays.fill(row, DailySeries.MISSING);
      }
    }
    for (var day : days.entrySet()) {
      int d = (int) ChronoUnit.DAYS.between(start, day.getKey());
      int[] v = day.getValue();
      totals[d] = v[0];
      for (int i = 0; items != null && i < items.length; i++) {
        items[i][d] = v[i + 1];
      }
    }
    return new DailySeries(patient, start, totals, items);
  }

  /** One parsed line: values[0] is the total, then the items (or MISSING). */
  record Row(String patient, LocalDate date, int[] values) {}

  static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
