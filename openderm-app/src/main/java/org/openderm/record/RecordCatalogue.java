package org.openderm.record;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The pick-lists of the record forms and the checks on lab units: common dermatology drugs (INN and
 * WHO ATC code, as in the decision rules' vocabulary), common laboratory tests (LOINC 2.80, with
 * the UCUM units accepted and a plausible range) and vaccines (CDC CVX codes).
 *
 * <p>Sources: WHO Collaborating Centre, ATC/DDD Index 2025 (https://atcddd.fhi.no/atc_ddd_index/);
 * Regenstrief Institute, LOINC 2.80 (https://loinc.org/); CDC, CVX code set
 * (https://www2.cdc.gov/vaccines/iis/iisstandards/vaccines.asp?rpt=cvx). The plausible ranges are
 * not reference intervals: they only catch a typing slip (a haemoglobin of 130 g/dL) and a unit
 * mix-up, and are wider than any value seen in living patients.
 */
public final class RecordCatalogue {

  private RecordCatalogue() {}

  /** A drug of the pick-list: French and English INN, ATC code, usual schedule (days). */
  public record DrugChoice(String fr, String en, String atc, Double intervalDays) {
    public String name(Locale locale) {
      return "en".equals(locale.getLanguage()) ? en : fr;
    }
  }

  /**
   * A lab test of the pick-list.
   *
   * @param units accepted UCUM units, each with its factor to the first (canonical) unit
   * @param min smallest plausible value in the canonical unit
   * @param max largest plausible value in the canonical unit
   * @param qualitative a presence/absence test given as text (negative, positive)
   */
  public record LabChoice(
      String loinc,
      String fr,
      String en,
      Map<String, Double> units,
      String canonicalUnit,
      double min,
      double max,
      boolean qualitative) {
    public String name(Locale locale) {
      return "en".equals(locale.getLanguage()) ? en : fr;
    }
  }

  /** A vaccine of the pick-list: CVX code, French and English names, live attenuated or not. */
  public record VaccineChoice(String cvx, String fr, String en, boolean live) {
    public String name(Locale locale) {
      return "en".equals(locale.getLanguage()) ? en : fr;
    }
  }

  public static final List<DrugChoice> DRUGS =
      List.of(
          new DrugChoice("Dupilumab", "Dupilumab", "D11AH05", 14.0),
          new DrugChoice("Tralokinumab", "Tralokinumab", "D11AH07", 14.0),
          new DrugChoice("Lébrikizumab", "Lebrikizumab", "D11AH10", 14.0),
          new DrugChoice("Baricitinib", "Baricitinib", "L04AF02", 1.0),
          new DrugChoice("Upadacitinib", "Upadacitinib", "L04AF03", 1.0),
          new DrugChoice("Abrocitinib", "Abrocitinib", "D11AH08", 1.0),
          new DrugChoice("Ritlécitinib", "Ritlecitinib", "L04AF08", 1.0),
          new DrugChoice("Méthotrexate", "Methotrexate", "L04AX03", 7.0),
          new DrugChoice("Acide folique", "Folic acid", "B03BB01", 7.0),
          new DrugChoice("Ciclosporine", "Ciclosporin", "L04AD01", 0.5),
          new DrugChoice("Isotrétinoïne", "Isotretinoin", "D10BA01", 1.0),
          new DrugChoice("Acitrétine", "Acitretin", "D05BB02", 1.0),
          new DrugChoice("Doxycycline", "Doxycycline", "J01AA02", 1.0),
          new DrugChoice("Tacrolimus pommade", "Tacrolimus ointment", "D11AH01", null),
          new DrugChoice("Clobétasol", "Clobetasol", "D07AD01", null),
          new DrugChoice("Bétaméthasone", "Betamethasone", "D07AC01", null),
          new DrugChoice("Émollient", "Emollient", "D02AX", null),
          new DrugChoice("Prednisone", "Prednisone", "H02AB07", 1.0),
          new DrugChoice("Cétirizine", "Cetirizine", "R06AE07", 1.0),
          new DrugChoice(
              "Éthinylestradiol/lévonorgestrel",
              "Ethinylestradiol/levonorgestrel",
              "G03AA07",
              1.0));

  private static final Map<String, Double> COUNT =
      Map.of("10*9/L", 1.0, "G/L", 1.0, "10*3/uL", 1.0, "/uL", 0.001);
  private static final Map<String, Double> NONE = Map.of();

  public static final List<LabChoice> LABS =
      List.of(
          new LabChoice(
              "751-8",
              "Polynucléaires neutrophiles",
              "Neutrophils",
              COUNT,
              "10*9/L",
              0,
              100,
              false),
          new LabChoice("731-0", "Lymphocytes", "Lymphocytes", COUNT, "10*9/L", 0, 500, false),
          new LabChoice("777-3", "Plaquettes", "Platelets", COUNT, "10*9/L", 0, 3000, false),
          new LabChoice("6690-2", "Leucocytes", "Leukocytes", COUNT, "10*9/L", 0, 1000, false),
          new LabChoice(
              "718-7",
              "Hémoglobine",
              "Haemoglobin",
              Map.of("g/dL", 1.0, "g/L", 0.1, "mmol/L", 1.611),
              "g/dL",
              1,
              30,
              false),
          new LabChoice(
              "1742-6", "ALAT (transaminases)", "ALT", Map.of("U/L", 1.0), "U/L", 0, 20000, false),
          new LabChoice(
              "1920-8", "ASAT (transaminases)", "AST", Map.of("U/L", 1.0), "U/L", 0, 20000, false),
          new LabChoice(
              "2160-0",
              "Créatinine",
              "Creatinine",
              Map.of("umol/L", 1.0, "mg/dL", 88.4),
              "umol/L",
              5,
              3000,
              false),
          new LabChoice(
              "62238-1",
              "DFG estimé (CKD-EPI)",
              "eGFR (CKD-EPI)",
              Map.of("mL/min/{1.73_m2}", 1.0, "mL/min/1.73m2", 1.0),
              "mL/min/{1.73_m2}",
              0,
              250,
              false),
          new LabChoice(
              "2093-3",
              "Cholestérol total",
              "Total cholesterol",
              Map.of("mmol/L", 1.0, "mg/dL", 0.02586),
              "mmol/L",
              0.5,
              40,
              false),
          new LabChoice(
              "13457-7",
              "LDL-cholestérol",
              "LDL cholesterol",
              Map.of("mmol/L", 1.0, "mg/dL", 0.02586),
              "mmol/L",
              0,
              30,
              false),
          new LabChoice(
              "2085-9",
              "HDL-cholestérol",
              "HDL cholesterol",
              Map.of("mmol/L", 1.0, "mg/dL", 0.02586),
              "mmol/L",
              0,
              10,
              false),
          new LabChoice(
              "2571-8",
              "Triglycérides",
              "Triglycerides",
              Map.of("mmol/L", 1.0, "mg/dL", 0.01129),
              "mmol/L",
              0,
              150,
              false),
          new LabChoice(
              "71773-6", "Test IGRA (tuberculose)", "IGRA (tuberculosis)", NONE, null, 0, 0, true),
          new LabChoice("5196-1", "Antigène HBs", "HBsAg", NONE, null, 0, 0, true),
          new LabChoice(
              "16933-4", "Anticorps anti-HBc", "Anti-HBc antibody", NONE, null, 0, 0, true),
          new LabChoice(
              "16128-1", "Anticorps anti-VHC", "Anti-HCV antibody", NONE, null, 0, 0, true),
          new LabChoice(
              "2106-3",
              "Test de grossesse (hCG urinaire)",
              "Pregnancy test (urine hCG)",
              NONE,
              null,
              0,
              0,
              true),
          new LabChoice(
              "2118-8",
              "Test de grossesse (hCG sanguin)",
              "Pregnancy test (serum hCG)",
              NONE,
              null,
              0,
              0,
              true));

  public static final List<VaccineChoice> VACCINES =
      List.of(
          new VaccineChoice("03", "ROR (rougeole, oreillons, rubéole)", "MMR", true),
          new VaccineChoice("21", "Varicelle", "Varicella", true),
          new VaccineChoice("37", "Fièvre jaune", "Yellow fever", true),
          new VaccineChoice("19", "BCG", "BCG", true),
          new VaccineChoice("121", "Zona (vivant)", "Zoster (live)", true),
          new VaccineChoice("187", "Zona (recombinant, Shingrix)", "Zoster (recombinant)", false),
          new VaccineChoice("150", "Grippe (inactivé)", "Influenza (inactivated)", false),
          new VaccineChoice("111", "Grippe (vivant, nasal)", "Influenza (live, intranasal)", true),
          new VaccineChoice("208", "COVID-19 (ARNm)", "COVID-19 (mRNA)", false),
          new VaccineChoice("215", "Pneumocoque conjugué", "Pneumococcal conjugate", false),
          new VaccineChoice(
              "33", "Pneumocoque polysaccharidique", "Pneumococcal polysaccharide", false),
          new VaccineChoice("43", "Hépatite B (adulte)", "Hepatitis B (adult)", false),
          new VaccineChoice("115", "dTcaP (rappel)", "Tdap", false),
          new VaccineChoice("165", "HPV (9-valent)", "HPV (9-valent)", false),
          new VaccineChoice("25", "Typhoïde (oral, vivant)", "Typhoid (oral, live)", true),
          new VaccineChoice("101", "Typhoïde (injectable)", "Typhoid (injectable)", false));

  public static Optional<DrugChoice> drug(String atc) {
    return DRUGS.stream().filter(d -> d.atc().equalsIgnoreCase(atc)).findFirst();
  }

  public static Optional<LabChoice> lab(String loinc) {
    return LABS.stream().filter(l -> l.loinc().equals(loinc)).findFirst();
  }

  public static Optional<VaccineChoice> vaccine(String cvx) {
    String bare = cvx == null ? "" : cvx.strip().replaceFirst("^0+(?=.)", "");
    return VACCINES.stream()
        .filter(v -> v.cvx().replaceFirst("^0+(?=.)", "").equals(bare))
        .findFirst();
  }
}
