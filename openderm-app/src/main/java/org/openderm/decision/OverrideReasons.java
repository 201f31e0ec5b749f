package org.openderm.decision;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why a clinician may dismiss a card: the same short list on the patient page and in CDS Hooks
 * ({@code overrideReasons}), so that dismissals can be counted by reason. Labels are in {@code
 * i18n/decision*.properties} under {@code decision.override.<code>}.
 */
enum OverrideReasons {
  ALREADY_ADDRESSED("already-addressed"),
  BENEFIT_OUTWEIGHS_RISK("benefit-outweighs-risk"),
  DATA_OUT_OF_DATE("data-out-of-date"),
  NOT_APPLICABLE("not-applicable"),
  OTHER("other");

  static final String SYSTEM = "https://openderm.org/fhir/CodeSystem/card-override-reason";

  private final String code;

  OverrideReasons(String code) {
    this.code = code;
  }

  String code() {
    return code;
  }

  /** Whether a code is one of these reasons. */
  static boolean known(String code) {
    return Arrays.stream(values()).anyMatch(r -> r.code.equals(code));
  }

  static List<CdsJson.Coding> codings(Locale locale) {
    ResourceBundle labels =
        ResourceBundle.getBundle(
            "i18n/decision",
            "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return Arrays.stream(values())
        .map(
            r ->
                new CdsJson.Coding(r.code, SYSTEM, labels.getString("decision.override." + r.code)))
        .toList();
  }
}
