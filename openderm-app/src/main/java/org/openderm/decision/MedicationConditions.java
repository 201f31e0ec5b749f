package org.openderm.decision;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openderm.decision.PatientContext.MedicationUse;
import org.openderm.decision.PatientContext.Status;
import org.openderm.decision.PatientContext.VaccineUse;

/** Conditions on treatments and vaccines. */
final class MedicationConditions {

  private MedicationConditions() {}

  /** Which statuses a selector accepts. */
  enum StatusFilter {
    ACTIVE,
    DRAFT,
    ANY;

    boolean accepts(Status status) {
      return this == ANY || name().equals(status.name());
    }
  }

  /**
   * Selects medications by drug id or drug class, and by status.
   *
   * @param drugs drug ids (English INN), empty for any
   * @param classes drug classes, empty for any
   * @param status taken, ordered, or either
   */
  record DrugSelector(Set<String> drugs, Set<String> classes, StatusFilter status) {

    boolean matches(MedicationUse m, Vocabulary vocabulary) {
      if (m.drug() == null || !status.accepts(m.status())) {
        return false;
      }
      boolean drugOk = drugs.isEmpty() || drugs.contains(m.drug());
      boolean classOk =
          classes.isEmpty()
              || vocabulary
                  .drugById(m.drug())
                  .map(d -> d.classes().stream().anyMatch(classes::contains))
                  .orElse(false);
      return drugOk && classOk;
    }

    List<MedicationUse> select(Condition.Evaluation e) {
      return e.patient().medications().stream().filter(m -> matches(m, e.vocabulary())).toList();
    }
  }

  static Fact drugFact(MedicationUse m) {
    return Fact.of(m.status() == Status.DRAFT ? "drug.draft" : "drug.active", m.text());
  }

  /** The patient takes, or is being prescribed, a selected drug. */
  record Takes(DrugSelector selector) implements Condition {
    @Override
    public Match test(Evaluation e) {
      List<Fact> facts = selector.select(e).stream().map(MedicationConditions::drugFact).toList();
      return Match.when(!facts.isEmpty(), facts);
    }
  }

  /**
   * A selected drug is scheduled with an interval between doses in a range (days), or, with {@code
   * unknown}, has no stated schedule.
   */
  record Schedule(DrugSelector selector, Double minDays, Double maxDays, boolean unknown)
      implements Condition {
    @Override
    public Match test(Evaluation e) {
      List<Fact> facts = new ArrayList<>();
      for (MedicationUse m : selector.select(e)) {
        Double interval = m.intervalDays();
        if (unknown ? interval == null : interval != null && inRange(interval)) {
          facts.add(
              unknown
                  ? Fact.of("schedule.unknown", m.text())
                  : Fact.of("schedule", m.text(), interval));
        }
      }
      return Match.when(!facts.isEmpty(), facts);
    }

    private boolean inRange(double interval) {
      return (minDays == null || interval >= minDays) && (maxDays == null || interval <= maxDays);
    }
  }

  /** A selected drug is prescribed for more days than allowed. */
  record SupplyOver(DrugSelector selector, int days) implements Condition {
    @Override
    public Match test(Evaluation e) {
      List<Fact> facts =
          selector.select(e).stream()
              .filter(m -> m.supplyDays() != null && m.supplyDays() > days)
              .map(m -> Fact.of("supply", m.text(), m.supplyDays(), days))
              .toList();
      return Match.when(!facts.isEmpty(), facts);
    }
  }

  /** A (live or non-live) vaccine is ordered or given, optionally within some days. */
  record Vaccine(boolean live, StatusFilter status, Integer withinDays) implements Condition {
    @Override
    public Match test(Evaluation e) {
      List<Fact> facts = new ArrayList<>();
      for (VaccineUse v : e.patient().vaccines()) {
        if (v.live() == live && status.accepts(v.status()) && recentEnough(v, e)) {
          facts.add(
              v.status() == Status.DRAFT
                  ? Fact.of("vaccine.draft", v.text())
                  : Fact.of("vaccine.given", v.text(), String.valueOf(v.date())));
        }
      }
      return Match.when(!facts.isEmpty(), facts);
    }

    private boolean recentEnough(VaccineUse v, Evaluation e) {
      if (withinDays == null || v.status() == Status.DRAFT) {
        return true;
      }
      return v.date() != null && ChronoUnit.DAYS.between(v.date(), e.today()) <= withinDays;
    }
  }
}
