package org.openderm.forecast;

/**
 * Whether the forecast raises a flare alert, and why, in words for the patient and the clinician.
 *
 * @param raised whether the flare probability reached the configured threshold, or the score is
 *     severe
 * @param probability the flare probability (see {@link Forecast#flareProbability()}), or null
 * @param threshold the configured alert threshold
 * @param summary one sentence: the probability against the threshold
 * @param trend the recent trend of the diary
 * @param uncertainty how wide the forecast is at the end of the horizon
 * @param advice what to do, per the care plan
 * @param source the guideline behind the advice
 * @param disclaimer what the forecast is and is not
 * @param severe the latest score is in the severe band, or so high that no flare can be measured
 *     above it: the alert is raised whatever the flare probability
 */
public record FlareAlert(
    boolean raised,
    Double probability,
    double threshold,
    String summary,
    String trend,
    String uncertainty,
    String advice,
    String source,
    String disclaimer,
    boolean severe) {}
