package org.openderm.patient;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A feature's events on the patient timeline; declare one as a Spring bean. */
public interface TimelineContributor {

  /** Events of {@code patientId}, called after access has been checked. */
  List<TimelineEntry> entries(UUID patientId, Locale locale);
}
