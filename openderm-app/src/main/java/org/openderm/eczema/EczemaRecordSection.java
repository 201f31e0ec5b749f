package org.openderm.eczema;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openderm.eczema.course.CoursePoint;
import org.openderm.eczema.course.DateTicks;
import org.openderm.eczema.course.TreatmentSpan;
import org.openderm.eczema.course.TrendSummary;
import org.openderm.eczema.instrument.Band;
import org.openderm.eczema.instrument.BandSet;
import org.openderm.patient.PatientRecordSection;
import org.openderm.photo.PhotoService;
import org.openderm.photo.StoredPhoto;
import org.openderm.system.Dates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "Severity course" panel of the patient record: one chart per instrument with its bands
 * shaded, the trend summary, the latest entries, diary reminders and links to the forms and the PDF
 * report.
 */
@Component
class EczemaRecordSection implements PatientRecordSection {

  /** A diary entry is due when the last PO-SCORAD or POEM is older than this. */
  static final Duration WEEK = Duration.ofDays(7);

  private final AssessmentService assessments;
  private final EczemaPatients eczema;
  private final TreatmentPeriodService treatments;
  private final PhotoService photos;
  private final MessageSource messages;
  private final JsonMapper json;
  private final Dates dates;

  EczemaRecordSection(
      AssessmentService assessments,
      EczemaPatients eczema,
      TreatmentPeriodService treatments,
      PhotoService photos,
      MessageSource messages,
      JsonMapper json,
      Dates dates) {
    this.assessments = assessments;
    this.eczema = eczema;
    this.photos = photos;
    this.treatments = treatments;
    this.messages = messages;
    this.json = json;
    this.dates = dates;
  }

  /** One instrument's course as the panel shows it. */
  record Course(
      String instrument,
      String label,
      int max,
      TrendSummary trend,
      String chart,
      List<Assessment> recent) {}

  @Override
  public int order() {
    return 60;
  }

  @Override
  public String template() {
    return "eczema/panel";
  }

  @Override
  public Map<String, Object> model(UUID patientId, Locale locale) {
    Map<String, List<Assessment>> byInstrument = new LinkedHashMap<>();
    List<Assessment> all = assessments.list(patientId, null);
    for (Assessment a : all) {
      byInstrument.computeIfAbsent(a.instrument(), k -> new ArrayList<>()).add(a);
    }
    List<TreatmentPeriod> periods = treatments.list(patientId);
    List<Map<String, Object>> spans = new ArrayList<>();
    for (TreatmentSpan span : spans(periods, dates.zone())) {
      spans.add(
          Map.of(
              "label", span.label(),
              "from", span.from().toEpochMilli(),
              "to", span.to().toEpochMilli()));
    }
    // Photos are marked on every chart's time line; a marker opens the photo.
    List<Map<String, Object>> photoMarks = new ArrayList<>();
    if (!byInstrument.isEmpty()) {
      for (StoredPhoto p : photos.list(patientId)) {
        photoMarks.add(
            Map.of(
                "x",
                p.takenAt().toEpochMilli(),
                "url",
                "/patients/" + patientId + "/photos/" + p.id()));
      }
    }
    List<Course> courses = new ArrayList<>();
    byInstrument.forEach(
        (id, list) -> courses.add(course(Instrument.fromId(id), list, spans, photoMarks, locale)));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("eczemaPatientId", patientId);
    model.put("eczemaCourses", courses);
    // Diary reminders only for a patient with eczema (not for psoriasis or alopecia follow-up).
    model.put(
        "eczemaReminders",
        eczema.hasEczema(patientId, all) ? reminders(byInstrument, locale) : List.of());
    model.put("eczemaTreatments", periods);
    model.put("eczemaPhotoCount", photoMarks.size());
    return model;
  }

  /** Treatment periods as time spans: whole days in the clinic's zone, ongoing ones up to now. */
  static List<TreatmentSpan> spans(List<TreatmentPeriod> periods, ZoneId zone) {
    return periods.stream()
        .map(
            p ->
                new TreatmentSpan(
                    p.startedOn().atStartOfDay(zone).toInstant(),
                    p.endedOn() == null
                        ? Instant.now()
                        : p.endedOn().plusDays(1).atStartOfDay(zone).toInstant(),
                    p.label()))
        .toList();
  }

  private Course course(
      Instrument instrument,
      List<Assessment> list,
      List<Map<String, Object>> spans,
      List<Map<String, Object>> photoMarks,
      Locale locale) {
    BandSet bands = VisitReportService.bandSet(instrument, list.get(list.size() - 1));
    List<CoursePoint> points =
        list.stream().map(a -> new CoursePoint(a.takenAt(), a.score(), a.band().name())).toList();
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("instrument", instrument.id());
    chart.put("max", instrument.max());
    chart.put("bandSet", bands.name());
    List<Map<String, Object>> bandList = new ArrayList<>();
    for (Band band : bands.bands()) {
      bandList.add(
          Map.of(
              "name", band.name(),
              "label", label("eczema.band." + band.name(), locale),
              "lower", band.lower().doubleValue(),
              "upper", band.upper().doubleValue()));
    }
    chart.put("bands", bandList);
    // One tick per date, localized: the browser's own ticks repeated dates and the chart library
    // does not know the reader's language.
    chart.put(
        "ticks",
        DateTicks.between(
                list.get(0).takenAt(), list.get(list.size() - 1).takenAt(), dates.zone(), locale, 6)
            .stream()
            .map(t -> Map.of("x", t.x(), "label", t.label()))
            .toList());
    chart.put("treatments", spans);
    chart.put("photos", photoMarks);
    chart.put(
        "points",
        list.stream()
            .map(
                a ->
                    Map.of(
                        "x", a.takenAt().toEpochMilli(),
                        "y", a.score(),
                        "band", label("eczema.band." + a.band().name(), locale)))
            .toList());
    List<Assessment> recent = list.subList(Math.max(0, list.size() - 5), list.size()).reversed();
    return new Course(
        instrument.id(),
        label("eczema.instrument." + instrument.id(), locale),
        instrument.max(),
        TrendSummary.of(points),
        json.writeValueAsString(chart),
        recent);
  }

  private List<String> reminders(Map<String, List<Assessment>> byInstrument, Locale locale) {
    List<String> reminders = new ArrayList<>();
    Instant weekAgo = Instant.now().minus(WEEK);
    for (String id : List.of("po-scorad", "poem")) {
      List<Assessment> list = byInstrument.getOrDefault(id, List.of());
      if (list.isEmpty() || list.get(list.size() - 1).takenAt().isBefore(weekAgo)) {
        reminders.add(label("eczema.reminder." + id, locale));
      }
    }
    return reminders;
  }

  private String label(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
