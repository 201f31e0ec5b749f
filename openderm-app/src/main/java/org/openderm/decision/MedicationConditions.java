package org.openderm.decision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openderm.decision.PatientContext.LabResult;
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

  /**
   * A vaccine is ordered or given, optionally within some days: a live (or non-live) one when
   * {@code live} is set, one of {@code ids} when they are given.
   */
  record Vaccine(Boolean live, Set<String> ids, StatusFilter status, Integer withinDays)
      implements Condition {
    @Override
    public Match test(Evaluation e) {
      List<Fact> facts = new ArrayList<>();
      for (VaccineUse v : e.patient().vaccines()) {
        boolean kind =
            (live == null || v.live() == live) && (ids.isEmpty() || ids.contains(v.vaccine()));
        if (kind && status.accepts(v.status()) && recentEnough(v, e)) {
          String prefix = v.live() ? "vaccine." : "vaccine.other.";
          facts.add(
              v.status() == Status.DRAFT
                  ? Fact.of(prefix + "draft", v.text())
                  : Fact.of(prefix + "given", v.text(), String.valueOf(v.date())));
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

  /** A selected drug has been taken for more than this many days (start date known). */
  record TreatedLongerThan(DrugSelector selector, int days) implements Condition {
    @Override
    public Match test(Evaluation e) {
      List<Fact> facts = new ArrayList<>();
      for (MedicationUse m : selector.select(e)) {
        if (m.status() == Status.ACTIVE && m.start() != null) {
          long taken = ChronoUnit.DAYS.between(m.start(), e.today());
          if (taken > days) {
            facts.add(Fact.of("treated", m.text(), String.valueOf(m.start()), taken));
          }
        }
      }
      return Match.when(!facts.isEmpty(), facts);
    }
  }

  /**
   * A selected drug is given at a daily dose of at least {@code mgPerDay} (in prednisone
   * equivalents when {@code prednisoneEquivalent}, from the drug's factor in the vocabulary), and,
   * with {@code forDays}, for at least that many days: taken since at least then, or prescribed for
   * at least that long. A dose, interval or duration that is not stated does not hold.
   */
  record DailyDose(
      DrugSelector selector, double mgPerDay, boolean prednisoneEquivalent, int forDays)
      implements Condition {
    @Override
    public Match test(Evaluation e) {
      List<Fact> facts = new ArrayList<>();
      for (MedicationUse m : selector.select(e)) {
        Double daily = m.dailyDoseMg();
        if (daily == null) {
          continue;
        }
        if (prednisoneEquivalent) {
          Double factor =
              e.vocabulary()
                  .drugById(m.drug())
                  .map(Vocabulary.DrugEntry::prednisoneEquivalent)
                  .orElse(null);
          if (factor == null) {
            continue;
          }
          daily = daily * factor;
        }
        if (daily >= mgPerDay && longEnough(m, e.today())) {
          facts.add(
              Fact.of(prednisoneEquivalent ? "dose.prednisone" : "dose.daily", m.text(), daily));
        }
      }
      return Match.when(!facts.isEmpty(), facts);
    }

    private boolean longEnough(MedicationUse m, LocalDate today) {
      if (forDays <= 0) {
        return true;
      }
      boolean takenLongEnough =
          m.status() == Status.ACTIVE
              && m.start() != null
              && ChronoUnit.DAYS.between(m.start(), today) >= forDays;
      boolean prescribedLongEnough = m.supplyDays() != null && m.supplyDays() >= forDays;
      return takenLongEnough || prescribedLongEnough;
    }
  }

  /**
   * A selected drug is given at more than {@code mgPerKg} mg per kg of body weight per day, the
   * weight being the latest recorded one (real body weight); no weight or dose, no card.
   */
  record DosePerKgAbove(DrugSelector selector, double mgPerKg) implements Condition {
    @Override
    public Match test(Evaluation e) {
      LabResult weight = LabConditions.latest(e.patient().labs(), "body-weight").orElse(null);
      if (weight == null || weight.value() <= 0) {
        return Match.NO;
      }
      List<Fact> facts = new ArrayList<>();
      for (MedicationUse m : selector.select(e)) {
        Double daily = m.dailyDoseMg();
        if (daily != null && daily / weight.value() > mgPerKg) {
          facts.add(
              Fact.of(
                  "dose.perKg", m.text(), daily, weight.value(), daily / weight.value(), mgPerKg));
        }
      }
      return Match.when(!facts.isEmpty(), facts);
    }
  }
}
