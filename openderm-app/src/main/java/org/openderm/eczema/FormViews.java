package org.openderm.eczema;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** Turns form specs into translated views for the templates. */
final class FormViews {

  private FormViews() {}

  /** A field with its texts in the reader's language. */
  record FieldView(
      String path,
      String id,
      String label,
      String help,
      String kind,
      List<OptionView> options,
      String min,
      String max,
      String step,
      String group,
      String error) {}

  /** A translated choice. */
  record OptionView(String value, String label) {}

  static List<FieldView> views(List<FormField> fields, MessageSource messages, Locale locale) {
    return fields.stream()
        .map(
            f ->
                new FieldView(
                    f.path(),
                    f.id(),
                    text(f.labelKey(), messages, locale),
                    text(f.helpKey(), messages, locale),
                    f.kind(),
                    f.options().stream()
                        .map(o -> new OptionView(o.value(), text(o.labelKey(), messages, locale)))
                        .toList(),
                    f.min(),
                    f.max(),
                    f.step(),
                    text(f.group(), messages, locale),
                    error(f, messages, locale)))
        .toList();
  }

  /** Resolves {@code key}, {@code key|argument} or literal {@code =text}; null stays null. */
  static String text(String spec, MessageSource messages, Locale locale) {
    if (spec == null) {
      return null;
    }
    if (spec.startsWith("=")) {
      return spec.substring(1);
    }
    int bar = spec.indexOf('|');
    if (bar < 0) {
      return messages.getMessage(spec, null, spec, locale);
    }
    return messages.getMessage(
        spec.substring(0, bar), new Object[] {spec.substring(bar + 1)}, spec, locale);
  }

  private static String error(FormField f, MessageSource messages, Locale locale) {
    if (f.min() == null || f.max() == null) {
      return messages.getMessage("eczema.validation.required", null, locale);
    }
    String key =
        "1".equals(f.step())
            ? "eczema.validation.integer"
            : "0.5".equals(f.step()) ? "eczema.validation.halfSteps" : "eczema.validation.number";
    return messages.getMessage(key, new Object[] {f.min(), f.max()}, locale);
  }
}
