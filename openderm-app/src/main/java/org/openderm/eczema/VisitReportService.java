package org.openderm.eczema;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openderm.audit.Action;
import org.openderm.eczema.course.CourseChartImage;
import org.openderm.eczema.course.CoursePoint;
import org.openderm.eczema.course.TreatmentSpan;
import org.openderm.eczema.course.TrendSummary;
import org.openderm.eczema.instrument.BandSet;
import org.openderm.eczema.report.PdfRenderer;
import org.openderm.eczema.report.ReportDocument;
import org.openderm.patient.Capability;
import org.openderm.patient.Patient;
import org.openderm.patient.PatientData;
import org.openderm.patient.PatientId;
import org.openderm.patient.PatientService;
import org.openderm.photo.PhotoService;
import org.openderm.photo.StoredPhoto;
import org.openderm.security.Account;
import org.openderm.security.AccountService;
import org.openderm.security.CurrentUser;
import org.openderm.system.Dates;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visit report: each instrument's course (chart with bands, trend summary, entries and notes)
 * and thumbnails of the latest photos, as a PDF in the reader's language. Exporting it is audited
 * ({@code E}).
 */
@Service
@PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT')")
public class VisitReportService {

  /** The report shows at most this many photos, newest first. */
  static final int MAX_PHOTOS = 12;

  private final AssessmentService assessments;
  private final TreatmentPeriodService treatments;
  private final PatientService patients;
  private final PhotoService photos;
  private final MessageSource messages;
  private final Dates dates;
  private final AccountService accounts;

  VisitReportService(
      AssessmentService assessments,
      TreatmentPeriodService treatments,
      PatientService patients,
      PhotoService photos,
      MessageSource messages,
      Dates dates,
      AccountService accounts) {
    this.accounts = accounts;
    this.assessments = assessments;
    this.photos = photos;
    this.treatments = treatments;
    this.patients = patients;
    this.messages = messages;
    this.dates = dates;
  }

  /** The report as PDF bytes. */
  @PatientData(
      action = Action.E,
      resource = "report",
      capability = {Capability.EXPORT})
  @Transactional
  public byte[] pdf(@PatientId UUID patientId, Locale locale) {
    return PdfRenderer.render(document(patientId, locale).toXhtml());
  }

  /** The report's content (also used by tests and a future HTML view). */
  @PatientData(
      action = Action.R,
      resource = "report",
      capability = {Capability.READ})
  @Transactional
  public ReportDocument document(@PatientId UUID patientId, Locale locale) {
    Patient patient = patients.get(patientId);
    Map<String, List<Assessment>> byInstrument = new LinkedHashMap<>();
    for (Assessment a : assessments.list(patientId, null)) {
      byInstrument.computeIfAbsent(a.instrument(), k -> new ArrayList<>()).add(a);
    }
    List<TreatmentPeriod> periods = treatments.list(patientId);
    List<TreatmentSpan> spans = EczemaRecordSection.spans(periods, dates.zone());
    List<StoredPhoto> stored = photos.list(patientId);
    List<Instant> photoDates = stored.stream().map(StoredPhoto::takenAt).toList();
    List<ReportDocument.Section> sections = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    byInstrument.forEach(
        (id, list) -> {
          BandSet bands = bandSet(Instrument.fromId(id), list.get(list.size() - 1));
          sections.add(section(Instrument.fromId(id), bands, list, spans, photoDates, locale));
          sources.add(bands.name() + ": " + bands.source());
        });
    List<String> header = new ArrayList<>();
    header.add(
        text(
            patientKey(patient.sex()),
            locale,
            patient.familyName(),
            patient.givenName(),
            dates.date(patient.birthDate())));
    header.add(text("eczema.report.generated", locale, dates.dateTime(Instant.now()), signature()));
    for (TreatmentPeriod p : periods) {
      header.add(
          p.endedOn() == null
              ? text(
                  "eczema.report.treatment.ongoing", locale, p.label(), dates.date(p.startedOn()))
              : text(
                  "eczema.report.treatment",
                  locale,
                  p.label(),
                  dates.date(p.startedOn()),
                  dates.date(p.endedOn())));
    }
    List<String> footer = new ArrayList<>();
    if (sections.isEmpty()) {
      footer.add(text("eczema.report.empty", locale));
    }
    footer.addAll(sources);
    footer.add(text("footer.notice", locale));
    return new ReportDocument(
        locale.getLanguage(),
        text("eczema.report.title", locale),
        header,
        sections,
        text("eczema.report.photos", locale),
        thumbnails(patientId, stored),
        footer);
  }

  /** The patient line agrees with the recorded sex ("né" / "née"; "né(e)" when not recorded). */
  static String patientKey(String sex) {
    return switch (sex == null ? "" : sex) {
      case "male" -> "eczema.report.patient.male";
      case "female" -> "eczema.report.patient.female";
      default -> "eczema.report.patient";
    };
  }

  /** The report is signed with the reader's display name, not their login. */
  private String signature() {
    String username = CurrentUser.username();
    return accounts
        .find(username)
        .map(Account::displayName)
        .filter(name -> name != null && !name.isBlank())
        .orElse(username);
  }

  /** The newest photos' thumbnails, decrypted here and embedded (the PDF fetches nothing). */
  private List<ReportDocument.Photo> thumbnails(UUID patientId, List<StoredPhoto> stored) {
    return stored.stream()
        .limit(MAX_PHOTOS)
        .map(
            p ->
                new ReportDocument.Photo(
                    p.bodySite().isEmpty()
                        ? dates.date(p.takenAt())
                        : dates.date(p.takenAt()) + " — " + p.bodySite(),
                    photos.thumbnail(patientId, p.id())))
        .toList();
  }

  private ReportDocument.Section section(
      Instrument instrument,
      BandSet bands,
      List<Assessment> list,
      List<TreatmentSpan> spans,
      List<Instant> photoDates,
      Locale locale) {
    List<CoursePoint> points =
        list.stream().map(a -> new CoursePoint(a.takenAt(), a.score(), a.band().name())).toList();
    TrendSummary trend = TrendSummary.of(points);
    List<String> summary = new ArrayList<>();
    summary.add(
        text(
            "eczema.trend.last",
            locale,
            number(trend.last(), locale),
            instrument.max(),
            text("eczema.band." + trend.lastBand(), locale),
            dates.date(trend.lastAt())));
    summary.add(
        text("eczema.trend.sincePrevious", locale, signed(trend.changeSincePrevious(), locale)));
    summary.add(text("eczema.trend.fourWeeks", locale, signed(trend.changeOver4Weeks(), locale)));
    byte[] chart =
        CourseChartImage.png(
            bands,
            points,
            spans,
            photoDates,
            band -> text("eczema.band." + band, locale),
            dates.zone(),
            900,
            300);
    List<List<String>> rows =
        list.stream()
            .map(
                a ->
                    List.of(
                        dates.dateTime(a.takenAt()),
                        number(a.score(), locale) + " / " + a.max(),
                        text("eczema.band." + a.band().name(), locale),
                        text(
                            "eczema.report.by."
                                + (a.recordedRole().startsWith("PATIENT")
                                    ? "patient"
                                    : "clinician"),
                            locale),
                        a.note() == null ? "" : a.note()))
            .toList();
    List<String> columns =
        List.of(
            text("eczema.report.col.date", locale),
            text("eczema.report.col.score", locale),
            text("eczema.report.col.band", locale),
            text("eczema.report.col.by", locale),
            text("eczema.report.col.note", locale));
    return new ReportDocument.Section(
        text("eczema.instrument." + instrument.id(), locale), summary, chart, columns, rows);
  }

  static BandSet bandSet(Instrument instrument, Assessment last) {
    return instrument.bandSets().stream()
        .filter(set -> set.name().equals(last.band().bandSet()))
        .findFirst()
        .orElse(instrument.bandSets().get(0));
  }

  private String signed(Double change, Locale locale) {
    if (change == null) {
      return text("eczema.trend.notEnough", locale);
    }
    return (change > 0 ? "+" : "") + number(change, locale);
  }

  /** A score as the reader writes numbers (45,5 in French, 45.5 in English). */
  static String number(Double value, Locale locale) {
    if (value == null) {
      return "—";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
