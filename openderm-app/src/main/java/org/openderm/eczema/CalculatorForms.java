package org.openderm.eczema;

import java.util.ArrayList;
import java.util.List;
import org.openderm.eczema.FormField.Option;
import org.openderm.eczema.instrument.AreaRegion;
import org.openderm.eczema.instrument.SaltRegion;
import org.openderm.eczema.instrument.ScoradSign;

/**
 * The form fields of each instrument, in the order a clinician or patient fills them. SCORAD-family
 * extent comes from the body map, not from these fields.
 */
final class CalculatorForms {

  private CalculatorForms() {}

  /** The fields of {@code instrument}; {@code patient} selects plain-word labels (diary). */
  static List<FormField> fields(Instrument instrument, boolean patient) {
    return switch (instrument) {
      case SCORAD, PO_SCORAD -> scorad(patient, true);
      case OSCORAD -> scorad(false, false);
      case EASI -> regional(true);
      case PASI -> regional(false);
      case POEM -> answers(7, 4, "eczema.poem.item.", "eczema.poem.answer.", true);
      case DLQI -> answers(10, 3, "eczema.dlqi.item", null, false);
      case SALT -> salt();
      case UAS7 -> uas7();
      case CDLQI -> answers(10, 3, "eczema.cdlqi.item", null, false);
      case ADCT -> required(6, "eczema.adct.item");
      case UCT -> required(4, "eczema.uct.item");
      case IHS4 -> ihs4();
      case NAPSI -> napsi();
    };
  }

  /** Whether the form has the body map (extent by region). */
  static boolean hasBodyMap(Instrument instrument) {
    return instrument == Instrument.SCORAD
        || instrument == Instrument.OSCORAD
        || instrument == Instrument.PO_SCORAD;
  }

  private static List<FormField> scorad(boolean patient, boolean symptoms) {
    List<FormField> fields = new ArrayList<>();
    for (ScoradSign sign : ScoradSign.values()) {
      String base = "eczema.sign." + sign.key();
      List<Option> grades = new ArrayList<>();
      for (int g = 0; g <= 3; g++) {
        grades.add(new Option(String.valueOf(g), base + ".grade." + g));
      }
      fields.add(
          new FormField(
              "intensity." + sign.key(),
              patient ? base + ".patient" : base,
              null,
              "choice",
              grades,
              "0",
              "3",
              "1",
              null));
    }
    if (symptoms) {
      fields.add(slider("itch", "eczema.symptom.itch"));
      fields.add(slider("sleeplessness", "eczema.symptom.sleeplessness"));
    }
    return fields;
  }

  private static FormField slider(String path, String key) {
    return new FormField(path, key, key + ".help", "slider", List.of(), "0", "10", "0.5", null);
  }

  private static List<FormField> regional(boolean easi) {
    List<FormField> fields = new ArrayList<>();
    if (easi) {
      fields.add(number("ageYears", "eczema.form.ageYears", "0", "150", "1", null));
    }
    List<String> signs =
        easi
            ? List.of("erythema", "oedemaPapulation", "excoriation", "lichenification")
            : List.of("erythema", "induration", "desquamation");
    for (AreaRegion region : AreaRegion.values()) {
      String group = "eczema.region." + region.key();
      String base = "regions." + region.key() + ".";
      fields.add(number(base + "areaPercent", "eczema.form.areaPercent", "0", "100", "any", group));
      for (String sign : signs) {
        List<Option> grades = new ArrayList<>();
        int top = easi ? 6 : 4;
        for (int g = 0; g <= top; g++) {
          String value = easi ? String.valueOf(g / 2.0).replace(".0", "") : String.valueOf(g);
          grades.add(new Option(value, "=" + value));
        }
        String label = (easi ? "eczema.easi.sign." : "eczema.pasi.sign.") + sign;
        fields.add(
            new FormField(base + sign, label, null, "select", grades, null, null, null, group));
      }
    }
    return fields;
  }

  private static List<FormField> answers(
      int items, int top, String itemKey, String answerKey, boolean numbered) {
    List<FormField> fields = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      List<Option> options = new ArrayList<>();
      options.add(new Option("", "eczema.form.unanswered"));
      for (int v = 0; v <= top; v++) {
        options.add(
            answerKey == null
                ? new Option(String.valueOf(v), "=" + v)
                : new Option(String.valueOf(v), answerKey + v));
      }
      String label = numbered ? itemKey + (i + 1) : itemKey + "|" + (i + 1);
      fields.add(
          new FormField("answers." + i, label, null, "select", options, null, null, null, null));
    }
    return fields;
  }

  /** Item scores 0 to 4 with no "unanswered" choice (ADCT, UCT: all items are needed). */
  private static List<FormField> required(int items, String itemKey) {
    List<FormField> fields = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      List<Option> options = new ArrayList<>();
      for (int v = 0; v <= 4; v++) {
        options.add(new Option(String.valueOf(v), "=" + v));
      }
      fields.add(
          new FormField(
              "answers." + i,
              itemKey + "|" + (i + 1),
              null,
              "select",
              options,
              null,
              null,
              null,
              null));
    }
    return fields;
  }

  private static List<FormField> ihs4() {
    List<FormField> fields = new ArrayList<>();
    for (String count : List.of("nodules", "abscesses", "drainingTunnels")) {
      fields.add(number(count, "eczema.ihs4." + count, "0", "100", "1", null));
    }
    return fields;
  }

  /** The ten fingernails then the ten toenails, each with its matrix and bed quadrants. */
  private static List<FormField> napsi() {
    List<FormField> fields = new ArrayList<>();
    for (int nail = 0; nail < 20; nail++) {
      for (String part : List.of("matrix", "bed")) {
        List<Option> options = new ArrayList<>();
        for (int v = 0; v <= 4; v++) {
          options.add(new Option(String.valueOf(v), "=" + v));
        }
        String group = (nail < 10 ? "eczema.napsi.finger|" : "eczema.napsi.toe|") + (nail % 10 + 1);
        fields.add(
            new FormField(
                "nails." + nail + "." + part,
                "eczema.napsi." + part,
                null,
                "select",
                options,
                null,
                null,
                null,
                group));
      }
    }
    return fields;
  }

  private static List<FormField> salt() {
    List<FormField> fields = new ArrayList<>();
    for (SaltRegion region : SaltRegion.values()) {
      fields.add(
          number(
              "regions." + region.key(),
              "eczema.salt.region." + region.key(),
              "0",
              "100",
              "any",
              null));
    }
    return fields;
  }

  private static List<FormField> uas7() {
    List<FormField> fields = new ArrayList<>();
    for (int day = 0; day < 7; day++) {
      for (String item : List.of("wheals", "itch")) {
        List<Option> options = new ArrayList<>();
        for (int v = 0; v <= 3; v++) {
          options.add(new Option(String.valueOf(v), "eczema.uas7." + item + "." + v));
        }
        fields.add(
            new FormField(
                "days." + day + "." + item,
                "eczema.uas7." + item,
                null,
                "select",
                options,
                null,
                null,
                null,
                "eczema.uas7.day|" + (day + 1)));
      }
    }
    return fields;
  }

  private static FormField number(
      String path, String label, String min, String max, String step, String group) {
    return new FormField(path, label, null, "number", List.of(), min, max, step, group);
  }
}
