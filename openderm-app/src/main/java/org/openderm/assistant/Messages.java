package org.openderm.assistant;

import java.util.ResourceBundle;

/** The assistant's message bundle ({@code i18n/assistant*.properties}), without Spring. */
final class Messages {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /** French is the base bundle; English has its own file. */
  static ResourceBundle bundle(Language language) {
    return ResourceBundle.getBundle("i18n/assistant", language.locale(), NO_FALLBACK);
  }
}
