package org.openderm.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Counts read as people write them: "dans 1 jour", "dans 3 jours", never "jour(s)". */
class PluralMessagesTest {

  private final ResourceBundleMessageSource messages = source();

  private static ResourceBundleMessageSource source() {
    ResourceBundleMessageSource s = new ResourceBundleMessageSource();
    s.setBasenames(I18nConfiguration.bundleNames());
    s.setDefaultEncoding("UTF-8");
    s.setFallbackToSystemLocale(false);
    return s;
  }

  private String fr(String key, Object... args) {
    return messages.getMessage(key, args, Locale.FRENCH);
  }

  private String en(String key, Object... args) {
    return messages.getMessage(key, args, Locale.ENGLISH);
  }

  @Test
  void nextReview_saysOneDayOrDays() {
    assertThat(fr("learning.quiz.nextReview", "08/12/2026", 1)).endsWith("(dans 1 jour).");
    assertThat(fr("learning.quiz.nextReview", "10/12/2026", 3)).endsWith("(dans 3 jours).");
    assertThat(fr("learning.quiz.nextReview", "07/12/2026", 0)).endsWith("(aujourd'hui).");
    assertThat(en("learning.quiz.nextReview", "12/08/2026", 1)).endsWith("(in 1 day).");
    assertThat(en("learning.quiz.nextReview", "12/10/2026", 3)).endsWith("(in 3 days).");
  }

  @Test
  void sharesAndSchedules_agreeWithTheirNumber() {
    assertThat(fr("consent.sharedWith", 1)).isEqualTo("Partagé avec 1 soignant");
    assertThat(fr("consent.sharedWith", 2)).isEqualTo("Partagé avec 2 soignants");
    assertThat(en("consent.sharedWith", 0)).isEqualTo("Shared with no clinician");
    assertThat(fr("decision.fact.schedule", "Méthotrexate", 7.0))
        .isEqualTo("Méthotrexate : une prise tous les 7 jours");
    assertThat(fr("decision.fact.schedule", "Méthotrexate", 1.0))
        .isEqualTo("Méthotrexate : une prise par jour");
    assertThat(en("decision.fact.schedule", "Methotrexate", 7.0))
        .isEqualTo("Methotrexate: one dose every 7 days");
  }

  @Test
  void noMessage_countsWithParentheses() {
    for (Locale l : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
      for (String base : I18nConfiguration.bundleNames()) {
        java.util.ResourceBundle b =
            java.util.ResourceBundle.getBundle(
                base,
                l,
                java.util.ResourceBundle.Control.getNoFallbackControl(
                    java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        for (String key : b.keySet()) {
          assertThat(b.getString(key)).as(key).doesNotContain("(s)");
        }
      }
    }
  }
}
