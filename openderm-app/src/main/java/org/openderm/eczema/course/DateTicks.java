package org.openderm.eczema.course;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The date ticks of a course chart's time axis: at most {@code maxTicks}, each on a different day
 * (at its local midnight), labelled in the reader's language. Computed here rather than by the
 * chart library, whose numeric ticks fall at arbitrary hours and repeat a date when the course
 * spans only a few days.
 *
 * @param x the tick's position, epoch milliseconds
 * @param label the localized date, e.g. "12 mars 2026" or "Mar 12, 2026"
 */
public record DateTicks(long x, String label) {

  /** Ticks spanning the days from {@code first} to {@code last} in {@code zone}. */
  public static List<DateTicks> between(
      Instant first, Instant last, ZoneId zone, Locale locale, int maxTicks) {
    LocalDate from = LocalDate.ofInstant(first, zone);
    LocalDate to = LocalDate.ofInstant(last, zone);
    long span = ChronoUnit.DAYS.between(from, to);
    long step = Math.max(1, (span + maxTicks - 2) / Math.max(1, maxTicks - 1));
    DateTimeFormatter format =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    List<DateTicks> ticks = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(step)) {
      ticks.add(new DateTicks(d.atStartOfDay(zone).toInstant().toEpochMilli(), format.format(d)));
    }
    return ticks;
  }
}
