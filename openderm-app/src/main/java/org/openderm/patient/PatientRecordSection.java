package org.openderm.patient;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A feature's panel on the patient record page (scores chart, photos, decision cards ...).
 *
 * <p>Declare one as a Spring bean. The page calls {@link #model} after the caller's access has been
 * checked and audited, merges the returned attributes into its model, and inserts the fragment
 * named {@code section} from {@link #template()}.
 */
public interface PatientRecordSection {

  /** Position on the page; lower comes first. */
  int order();

  /** The Thymeleaf template holding a {@code th:fragment="section"}, e.g. {@code eczema/panel}. */
  String template();

  /** Model attributes the fragment uses; keep names prefixed by the feature. */
  Map<String, Object> model(UUID patientId, Locale locale);
}
