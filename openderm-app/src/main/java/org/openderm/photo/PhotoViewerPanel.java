package org.openderm.photo;

import java.util.Locale;
import java.util.Map;

/**
 * A feature's panel in the photo viewer, below the image (AI triage puts its button there).
 *
 * <p>Declare one as a Spring bean: the viewer merges {@link #model} into its own model and inserts
 * the fragment named {@code panel} from {@link #template()}. This keeps the photo feature unaware
 * of the features that work on photos (no dependency from photo to them).
 */
public interface PhotoViewerPanel {

  /** The Thymeleaf template holding a {@code th:fragment="panel"}, e.g. {@code triage/photo}. */
  String template();

  /**
   * Model attributes the fragment uses, names prefixed by the feature; called after the viewer's
   * audited read of {@code photo}, by the user viewing it.
   */
  Map<String, Object> model(StoredPhoto photo, Locale locale);
}
