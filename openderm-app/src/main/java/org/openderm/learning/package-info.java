/**
 * Learning: dermoscopy image quizzes, clinical case vignettes, spaced repetition and the learner's
 * progress (issue 7). No patient data: the images are licensed teaching sets read in place from
 * {@code openderm.learning.data-dir}, the cases are fictional.
 *
 * <p>Public surface: {@link org.openderm.learning.LearningService} (image quiz, settings, progress,
 * CSV export), {@link org.openderm.learning.CaseService} (case player) and their records; {@link
 * org.openderm.learning.LesionClassifier} is the seam through which the lesion triage feature can
 * give its opinion for "you vs the AI". Both services are open to the LEARNER and CLINICIAN roles.
 *
 * <p>Scheduling: FSRS-6 ({@code Fsrs}), from the published formulas and default weights. Content:
 * {@code learning/classes.json} (per class: key dermoscopic clues, look-alikes, references) and
 * {@code learning/cases/<id>.json}, one case per file: {@code id} (the file name), {@code topic}
 * (see {@code CaseSchema.TOPICS}), {@code tags}, {@code title}, {@code history}, {@code
 * examination} (each {@code {"fr": ..., "en": ...}}), {@code steps} (each with {@code kind} among
 * DIAGNOSIS, DIFFERENTIAL, NEXT_EXAM, MANAGEMENT, {@code question}, {@code multiple}, {@code
 * options} [{@code id}, {@code text}], {@code correct} [option ids], {@code explanation}) and
 * {@code references}. {@code CaseSchema} states the rules; the server refuses to start on a broken
 * file (DERM-0604) and {@code openderm learning check} reports it.
 *
 * <p>Error codes: DERM-0601 unknown quiz image, DERM-0602 unknown case, DERM-0603 unknown image
 * set, DERM-0604 invalid learning content.
 */
package org.openderm.learning;
