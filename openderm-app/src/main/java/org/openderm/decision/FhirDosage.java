package org.openderm.decision;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Timing;

/**
 * Reads how often a medication is taken, and for how long it is supplied, from FHIR R4 dosage and
 * dispense elements: structured timing first, then the timing abbreviation, then the free text in
 * English or French.
 */
final class FhirDosage {

  private static final Pattern WEEKLY =
      Pattern.compile(
          "\\b(weekly|once a week|per week|a week|every week|each week|/ ?week|/ ?wk|"
              + "par semaine|hebdomadaire|chaque semaine|toutes les semaines|/ ?sem)\\b");
  private static final Pattern DAILY =
      Pattern.compile(
          "\\b(daily|once a day|a day|per day|every day|each day|/ ?day|/ ?d|nightly|"
              + "twice a day|bid|tid|qid|qd|"
              + "par jour|tous les jours|chaque jour|quotidien(ne)?|/ ?j|/ ?jour|le matin|le soir|"
              + "matin et soir|fois par jour)\\b");

  private FhirDosage() {}

  /** Days between doses, from the first dosage instruction that says; null when none does. */
  static Double intervalDays(List<Dosage> dosages) {
    for (Dosage d : dosages) {
      Double fromTiming = d.hasTiming() ? fromTiming(d.getTiming()) : null;
      if (fromTiming != null) {
        return fromTiming;
      }
      Double fromText = fromText(d.getText() + " " + d.getPatientInstruction());
      if (fromText != null) {
        return fromText;
      }
    }
    return null;
  }

  /**
   * The dose taken each time in mg, from the first dosage instruction with a dose quantity in mg, g
   * or µg (UCUM or plain unit); null when none states one. A range or a dose in tablets is not
   * guessed at: the dose rules then stay silent.
   */
  static Double doseMg(List<Dosage> dosages) {
    for (Dosage d : dosages) {
      for (Dosage.DosageDoseAndRateComponent r : d.getDoseAndRate()) {
        if (!r.hasDoseQuantity() || !r.getDoseQuantity().hasValue()) {
          continue;
        }
        var q = r.getDoseQuantity();
        String unit = q.hasCode() ? q.getCode() : q.getUnit();
        double factor =
            switch (unit == null ? "" : unit.trim().toLowerCase(Locale.ROOT)) {
              case "mg" -> 1;
              case "g" -> 1000;
              case "ug", "µg", "mcg" -> 0.001;
              default -> Double.NaN;
            };
        if (!Double.isNaN(factor)) {
          return q.getValue().doubleValue() * factor;
        }
      }
    }
    return null;
  }

  static Double fromTiming(Timing timing) {
    if (timing.hasRepeat()) {
      Timing.TimingRepeatComponent r = timing.getRepeat();
      if (r.hasPeriod() && r.hasPeriodUnit()) {
        double period = r.getPeriod().doubleValue() * unitDays(r.getPeriodUnit().toCode());
        int frequency = r.hasFrequency() ? Math.max(1, r.getFrequency()) : 1;
        return period / frequency;
      }
      if (r.hasDayOfWeek()) {
        return 7.0 / r.getDayOfWeek().size();
      }
    }
    if (timing.hasCode()) {
      for (var coding : timing.getCode().getCoding()) {
        Double d = abbreviation(coding.getCode());
        if (d != null) {
          return d;
        }
      }
      return fromText(timing.getCode().getText());
    }
    return null;
  }

  private static Double abbreviation(String code) {
    if (code == null) {
      return null;
    }
    String c = code.toUpperCase(Locale.ROOT);
    return switch (c) {
      case "QD", "AM", "PM", "BED", "DAILY" -> 1.0;
      case "BID" -> 0.5;
      case "TID" -> 1.0 / 3;
      case "QID" -> 0.25;
      case "QOD" -> 2.0;
      case "WK", "QW", "WEEKLY" -> 7.0;
      case "MO" -> 30.0;
      default ->
          c.matches("Q\\d+H") ? Integer.parseInt(c.substring(1, c.length() - 1)) / 24.0 : null;
    };
  }

  /** Weekly or daily from free text; null when the text says neither or both. */
  static Double fromText(String text) {
    if (text == null) {
      return null;
    }
    String t = text.toLowerCase(Locale.ROOT).replace("null", "");
    boolean weekly = WEEKLY.matcher(t).find();
    boolean daily = DAILY.matcher(t).find();
    if (weekly == daily) {
      return null;
    }
    return weekly ? 7.0 : 1.0;
  }

  private static double unitDays(String unit) {
    return switch (unit) {
      case "s" -> 1.0 / 86400;
      case "min" -> 1.0 / 1440;
      case "h" -> 1.0 / 24;
      case "wk" -> 7;
      case "mo" -> 30;
      case "a" -> 365;
      default -> 1;
    };
  }

  /**
   * Days of medication a prescription covers: the expected supply duration times (1 + allowed
   * repeats), or null when not stated.
   */
  static Integer supplyDays(MedicationRequest request) {
    if (!request.hasDispenseRequest()) {
      return null;
    }
    MedicationRequest.MedicationRequestDispenseRequestComponent d = request.getDispenseRequest();
    if (!d.hasExpectedSupplyDuration() || !d.getExpectedSupplyDuration().hasValue()) {
      return null;
    }
    Duration duration = d.getExpectedSupplyDuration();
    String unit = duration.hasCode() ? duration.getCode() : unitFromWords(duration.getUnit());
    double days = duration.getValue().doubleValue() * unitDays(unit);
    int repeats = d.hasNumberOfRepeatsAllowed() ? d.getNumberOfRepeatsAllowed() : 0;
    return (int) Math.round(days * (1 + Math.max(0, repeats)));
  }

  private static String unitFromWords(String unit) {
    String u = unit == null ? "d" : unit.toLowerCase(Locale.ROOT);
    if (u.startsWith("w") || u.startsWith("sem")) {
      return "wk";
    }
    if (u.startsWith("mo") || u.startsWith("mois")) {
      return "mo";
    }
    return "d";
  }
}
