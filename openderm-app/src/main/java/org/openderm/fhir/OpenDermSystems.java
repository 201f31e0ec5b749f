package org.openderm.fhir;

import java.util.Map;

/**
 * The code systems and extension URLs OpenDerm uses in FHIR, and the standard ones it maps to.
 *
 * <p>Scores: no LOINC code could be verified for the dermatology instruments OpenDerm computes
 * (SCORAD, EASI, PASI, POEM, DLQI, SALT, UAS7), so they use the OpenDerm score CodeSystem; a LOINC
 * code is added to {@link #SCORE_LOINC} once verified, and the export then sends both codings.
 */
final class OpenDermSystems {

  static final String BASE = "https://openderm.org/fhir/";
  static final String SCORE = BASE + "CodeSystem/score";
  static final String SCORE_BAND = BASE + "CodeSystem/score-band";
  static final String PSEUDONYM = BASE + "sid/pseudonym";
  static final String EXTERNAL_ID = BASE + "sid/external-id";
  static final String PURPOSE = BASE + "CodeSystem/consent-purpose";
  static final String TRIAGE = BASE + "CodeSystem/triage";
  static final String REFERRAL = BASE + "CodeSystem/referral";
  static final String EXT_CLASS_PROBABILITY = BASE + "StructureDefinition/class-probability";
  static final String EXT_MODEL = BASE + "StructureDefinition/model";
  static final String EXT_ABSTAINED = BASE + "StructureDefinition/abstained";
  static final String AUDIT_ROLE = BASE + "CodeSystem/audit-role";

  static final String LOINC = "http://loinc.org";
  static final String ATC = "http://www.whocc.no/atc";
  static final String SNOMED = "http://snomed.info/sct";

  /** Verified LOINC codes for score instruments; empty until one is verified. */
  static final Map<String, String> SCORE_LOINC = Map.of();

  private OpenDermSystems() {}
}
