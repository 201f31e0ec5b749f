package org.openderm.assistant;

import java.util.List;

/**
 * The figures of one evaluation run.
 *
 * @param questions number of questions
 * @param inScope questions with an expected article
 * @param top1 share of in-scope questions whose best-ranked article is expected
 * @param top3 share of in-scope questions with an expected article in the first three
 * @param answeredWithExpected share of in-scope questions whose answer cites an expected article
 * @param outOfScope questions without an expected article
 * @param honestUnknown share of out-of-scope questions answered with no citation
 * @param redFlagRecall share of questions with an urgency (not none) that got one
 * @param redFlagPrecision share of questions given an urgency that should have one
 * @param emergencyRecall share of emergency questions answered as emergencies
 * @param urgencyAccuracy share of questions with exactly the expected urgency
 * @param refusalAccuracy share of questions whose refusal flag is as expected
 * @param dosingAnswers answers that contain an amount of medicine (must be 0)
 * @param p50Millis median answer time
 * @param p95Millis 95th percentile answer time
 * @param threshold the "I don't know" threshold used
 * @param failures short descriptions of the questions that missed, for review
 */
record EvaluationReport(
    int questions,
    int inScope,
    double top1,
    double top3,
    double answeredWithExpected,
    int outOfScope,
    double honestUnknown,
    double redFlagRecall,
    double redFlagPrecision,
    double emergencyRecall,
    double urgencyAccuracy,
    double refusalAccuracy,
    int dosingAnswers,
    double p50Millis,
    double p95Millis,
    Threshold threshold,
    List<String> failures) {}
