package org.openderm.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Date formatting for pages, as {@code ${@dates.dateTime(instant)}}: instants are shown in the
 * clinic's time zone ({@code openderm.time-zone}, default the server's), dates day first.
 */
@Component("dates")
public class Dates {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("UTC"));
  private final ZoneId zone;

  Dates(@Value("${openderm.time-zone:}") String zone) {
    this.zone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
  }

  public String date(LocalDate d) {
    return d == null ? "" : DATE.format(d);
  }

  public String date(Instant i) {
    return i == null ? "" : DATE.format(i.atZone(zone));
  }

  public String dateTime(Instant i) {
    return i == null ? "" : DATE_TIME.format(i.atZone(zone));
  }

  public String utc(Instant i) {
    return i == null ? "" : UTC.format(i);
  }

  public ZoneId zone() {
    return zone;
  }
}
