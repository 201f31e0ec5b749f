package org.openderm.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Chooses a learner's next image: an item due for review first (FSRS), otherwise a new item from a
 * class chosen with weight to the learner's errors.
 *
 * <p>Why weight classes and not images: a uniform draw from HAM10000 would be two-thirds naevi; a
 * learner would see a dermatofibroma once in 65 items. Each class is drawn with weight 1 - p, where
 * p = (right + 1) / (answered + 2) is the learner's smoothed accuracy on it (Laplace's rule of
 * succession), so a class never tried weighs 0.5 and a class always missed weighs close to 1.
 */
final class ItemSelector {

  private static final int RANDOM_TRIES = 64;

  private final ItemBank bank;

  ItemSelector(ItemBank bank) {
    this.bank = bank;
  }

  /**
   * The next item for a learner.
   *
   * @param source the data set to draw from
   * @param dueIds the learner's due items, most overdue first
   * @param seenIds every item the learner has answered
   * @param accuracy per class: {answered, right}
   * @param random the random source (seeded in tests)
   */
  Optional<QuizItem> next(
      ImageSource source,
      List<String> dueIds,
      Set<String> seenIds,
      Map<LesionClass, int[]> accuracy,
      RandomGenerator random) {
    for (String id : dueIds) {
      Optional<QuizItem> due = bank.find(id).filter(i -> i.source() == source);
      if (due.isPresent()) {
        return due;
      }
    }
    List<LesionClass> classes = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (LesionClass c : source.choices()) {
      if (!bank.items(source, c).isEmpty()) {
        int[] a = accuracy.getOrDefault(c, new int[2]);
        classes.add(c);
        weights.add(1 - (a[1] + 1.0) / (a[0] + 2.0));
      }
    }
    if (classes.isEmpty()) {
      return Optional.empty();
    }
    LesionClass chosen = classes.get(weighted(weights, random));
    return Optional.of(unseen(bank.items(source, chosen), seenIds, random));
  }

  static int weighted(List<Double> weights, RandomGenerator random) {
    double total = weights.stream().mapToDouble(Double::doubleValue).sum();
    double x = random.nextDouble() * total;
    for (int i = 0; i < weights.size(); i++) {
      x -= weights.get(i);
      if (x < 0) {
        return i;
      }
    }
    return weights.size() - 1;
  }

  /** A random item the learner has not seen, or any item once all were seen. */
  private static QuizItem unseen(List<QuizItem> items, Set<String> seen, RandomGenerator random) {
    for (int i = 0; i < RANDOM_TRIES; i++) {
      QuizItem item = items.get(random.nextInt(items.size()));
      if (!seen.contains(item.id())) {
        return item;
      }
    }
    List<QuizItem> fresh = items.stream().filter(i -> !seen.contains(i.id())).toList();
    List<QuizItem> pool = fresh.isEmpty() ? items : fresh;
    return pool.get(random.nextInt(pool.size()));
  }
}
