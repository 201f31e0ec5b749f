package org.openderm.decision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openderm.decision.PatientContext.LabResult;
import org.openderm.decision.PatientContext.MedicationUse;
import org.openderm.decision.PatientContext.Status;

/** Conditions on laboratory results: thresholds, missing screening, monitoring due. */
final class LabConditions {

  private LabConditions() {}

  /** A label resolved from {@code decision.lab.<group>} when the card is written. */
  static Term labTerm(String group) {
    return new Term("lab." + group);
  }

  /** The latest numeric result of a group, by date (undated results count as oldest). */
  static Optional<LabResult> latest(List<LabResult> labs, String group) {
    return labs.stream()
        .filter(l -> group.equals(l.group()) && l.value() != null)
        .max(
            Comparator.comparing(
                LabResult::date, Comparator.nullsFirst(Comparator.naturalOrder())));
  }

  /** The latest result of a group lies below a threshold (in the group's unit). */
  record LabBelow(String group, double threshold) implements Condition {
    @Override
    public Match test(Evaluation e) {
      return latest(e.patient().labs(), group)
          .filter(l -> l.value() < threshold)
          .map(
              l ->
                  Match.yes(
                      Fact.of(
                          "lab.below",
                          labTerm(group),
                          l.value(),
                          String.valueOf(l.date()),
                          threshold)))
          .orElse(Match.NO);
    }
  }

  /** The latest result of a group is at or above a threshold (in the group's unit). */
  record LabAtLeast(String group, double threshold) implements Condition {
    @Override
    public Match test(Evaluation e) {
      return latest(e.patient().labs(), group)
          .filter(l -> l.value() >= threshold)
          .map(
              l ->
                  Match.yes(
                      Fact.of(
                          "lab.atLeast",
                          labTerm(group),
                          l.value(),
                          String.valueOf(l.date()),
                          threshold)))
          .orElse(Match.NO);
    }
  }

  /** No result of some group dated within the last {@code withinDays} days. */
  record LabMissing(List<String> groups, int withinDays) implements Condition {
    @Override
    public Match test(Evaluation e) {
      LocalDate since = e.today().minusDays(withinDays);
      List<Fact> facts = new ArrayList<>();
      for (String group : groups) {
        boolean present =
            e.patient().labs().stream()
                .anyMatch(
                    l ->
                        group.equals(l.group()) && (l.date() == null || !l.date().isBefore(since)));
        if (!present) {
          facts.add(Fact.of("lab.missing", labTerm(group), withinDays));
        }
      }
      return Match.when(!facts.isEmpty(), facts);
    }
  }

  /**
   * A monitoring test is due: a selected drug was started at least {@code afterWeeks} weeks ago and
   * no result of the group is dated after the start of the window ({@code afterWeeks - windowWeeks}
   * weeks after the start of treatment).
   */
  record MonitoringDue(
      MedicationConditions.DrugSelector selector, String group, int afterWeeks, int windowWeeks)
      implements Condition {
    @Override
    public Match test(Evaluation e) {
      List<Fact> facts = new ArrayList<>();
      for (MedicationUse m : selector.select(e)) {
        if (m.status() != Status.ACTIVE || m.start() == null) {
          continue;
        }
        LocalDate due = m.start().plusWeeks(afterWeeks);
        LocalDate windowStart = m.start().plusWeeks(Math.max(0, afterWeeks - windowWeeks));
        boolean done =
            e.patient().labs().stream()
                .anyMatch(
                    l ->
                        group.equals(l.group())
                            && l.date() != null
                            && !l.date().isBefore(windowStart));
        if (!due.isAfter(e.today()) && !done) {
          long weeks = ChronoUnit.WEEKS.between(m.start(), e.today());
          facts.add(
              Fact.of(
                  "lab.due",
                  labTerm(group),
                  m.text(),
                  String.valueOf(m.start()),
                  weeks,
                  afterWeeks));
        }
      }
      return Match.when(!facts.isEmpty(), facts);
    }
  }
}
