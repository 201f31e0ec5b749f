package org.openderm.decision;

import java.util.List;
import java.util.Locale;

/**
 * Why a clinician may dismiss a card: the same short list on the patient page and in CDS Hooks
 * ({@code overrideReasons}), so that dismissals can be counted by reason.
 */
enum OverrideReasons {
  ALREADY_ADDRESSED("already-addressed", "Already addressed", "Déjà pris en charge"),
  BENEFIT_OUTWEIGHS_RISK(
      "benefit-outweighs-risk", "Benefit outweighs risk", "Bénéfice supérieur au risque"),
  DATA_OUT_OF_DATE("data-out-of-date", "Record not up to date", "Dossier pas à jour"),
  NOT_APPLICABLE(
      "not-applicable", "Does not apply to this patient", "Ne s'applique pas à ce patient");

  static final String SYSTEM = "https://openderm.org/fhir/CodeSystem/card-override-reason";

  private final String code;
  private final String english;
  private final String french;

  OverrideReasons(String code, String english, String french) {
    this.code = code;
    this.english = english;
    this.french = french;
  }

  String code() {
    return code;
  }

  static List<CdsJson.Coding> codings(Locale locale) {
    boolean fr = "fr".equals(locale.getLanguage());
    return java.util.Arrays.stream(values())
        .map(r -> new CdsJson.Coding(r.code, SYSTEM, fr ? r.french : r.english))
        .toList();
  }
}
