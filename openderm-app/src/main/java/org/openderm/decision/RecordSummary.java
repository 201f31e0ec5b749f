package org.openderm.decision;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openderm.eczema.AssessmentService;
import org.openderm.eczema.ScoreTrend;
import org.openderm.photo.PhotoService;
import org.openderm.photo.StoredPhoto;

/**
 * The scores and photos parts of the one-screen record summary, read through the eczema and photo
 * features' public services: each instrument's latest value with its trend, and the last photos.
 */
final class RecordSummary {

  /** How many of the newest photos the summary shows. */
  static final int PHOTOS = 4;

  private RecordSummary() {}

  /**
   * One instrument's line.
   *
   * @param instrument the instrument id ({@code salt}), translated by the page
   * @param value the last value and the maximum, such as {@code 45,5 / 103}
   * @param band the last value's band key
   * @param at when the last value was taken
   * @param change the change since the previous entry with its direction ({@code ↓ -3}), or null
   *     with a single entry
   */
  record Score(String instrument, String value, String band, Instant at, String change) {}

  static List<Score> scores(AssessmentService assessments, UUID patientId, Locale locale) {
    NumberFormat number = NumberFormat.getNumberInstance(locale);
    number.setMaximumFractionDigits(1);
    return assessments.trends(patientId).stream()
        .map(
            (ScoreTrend t) ->
                new Score(
                    t.instrument(),
                    number.format(t.trend().last()) + " / " + t.max(),
                    t.trend().lastBand(),
                    t.trend().lastAt(),
                    change(t.trend().changeSincePrevious(), number)))
        .toList();
  }

  /** Higher is worse for every instrument, so up is a worsening. */
  static String change(Double change, NumberFormat number) {
    if (change == null) {
      return null;
    }
    if (change == 0) {
      return "→ 0";
    }
    return (change > 0 ? "↑ +" : "↓ -") + number.format(Math.abs(change));
  }

  static List<StoredPhoto> photos(PhotoService photos, UUID patientId) {
    List<StoredPhoto> all = photos.list(patientId);
    return all.subList(0, Math.min(PHOTOS, all.size()));
  }
}
