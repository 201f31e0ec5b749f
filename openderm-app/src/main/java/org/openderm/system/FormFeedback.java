package org.openderm.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A refused form, shown again on its own page: which form, what is wrong (in the reader's language)
 * and what was typed. Controllers put it in the flash as {@code formFeedback} and redirect back;
 * the template shows {@code messages} in the form named {@code form} and refills its fields from
 * {@code values}. The server's English messages stay in the API's problem+json; here each field's
 * message comes from the key {@code <prefix>.error.<field>} (else {@code <prefix>.error}).
 *
 * @param form the form's id in its page
 * @param messages what is wrong, localised, one per invalid field
 * @param fields the invalid fields' names
 * @param values what was typed, by field name
 */
public record FormFeedback(
    String form, List<String> messages, List<String> fields, Map<String, String> values) {

  /** The flash attribute's name. */
  public static final String ATTRIBUTE = "formFeedback";

  /** Feedback for {@code error} on {@code form}, messages from keys under {@code prefix}. */
  public static FormFeedback of(
      String form,
      OpenDermException error,
      String prefix,
      Map<String, String> values,
      MessageSource source,
      Locale locale) {
    Map<String, String> byField = new LinkedHashMap<>();
    if (error instanceof InvalidInputException invalid) {
      for (Violation v : invalid.violations()) {
        byField.putIfAbsent(v.field(), message(source, locale, prefix, v.field(), error));
      }
    }
    if (byField.isEmpty()) {
      byField.put("", message(source, locale, prefix, error.code(), error));
    }
    return new FormFeedback(
        form,
        new ArrayList<>(new LinkedHashSet<>(byField.values())),
        new ArrayList<>(byField.keySet()),
        new LinkedHashMap<>(values));
  }

  /** Puts the feedback into the flash and returns the redirect to {@code page}. */
  public String back(RedirectAttributes redirect, String page) {
    redirect.addFlashAttribute(ATTRIBUTE, this);
    return "redirect:" + page;
  }

  /** Whether this feedback belongs to the form {@code id} (templates: {@code belongsTo('x')}). */
  public boolean belongsTo(String id) {
    return form.equals(id);
  }

  /** What was typed in {@code field}, or the empty string. */
  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  /** Whether {@code field} was refused. */
  public boolean invalid(String field) {
    return fields.contains(field);
  }

  private static String message(
      MessageSource source, Locale locale, String prefix, String field, OpenDermException e) {
    String text = source.getMessage(prefix + ".error." + field, null, null, locale);
    if (text == null) {
      text = source.getMessage(prefix + ".error", null, null, locale);
    }
    if (text == null) {
      text = source.getMessage("error." + e.code(), null, null, locale);
    }
    return text == null ? source.getMessage("form.error.generic", null, locale) : text;
  }
}
