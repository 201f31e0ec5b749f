package org.openderm.ml.training;

import java.nio.file.Path;

/**
 * Settings of a training run of the lesion outline network.
 *
 * @param data HAM10000 folder ({@code metadata.csv}, {@code images/}, {@code masks/})
 * @param out output folder (weights, SHA-256 sums, metrics log, card)
 * @param split the classifier's {@code split.csv}, so both models keep the same validation lesions;
 *     null to make a new seeded split by lesion
 * @param epochs passes over the training masks
 * @param seed seed of the split (when made), the sampler and the initialisation
 * @param batch mini-batch size
 * @param limit if positive, a seeded subset of this many images (smoke tests)
 * @param maxMinutes wall-clock budget followed by the learning-rate schedule (0 = none)
 */
public record OutlineOptions(
    Path data,
    Path out,
    Path split,
    int epochs,
    long seed,
    int batch,
    int limit,
    double maxMinutes) {}
