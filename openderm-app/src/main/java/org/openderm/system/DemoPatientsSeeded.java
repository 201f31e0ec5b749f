package org.openderm.system;

import java.util.Map;
import java.util.UUID;

/**
 * Published once after the demo accounts and patients are created, so that features can add their
 * own demo data (diary entries, photos ...). Keys are the demo patients' short names: {@code lea},
 * {@code hugo}, {@code ines}.
 */
public record DemoPatientsSeeded(Map<String, UUID> patients) {}
