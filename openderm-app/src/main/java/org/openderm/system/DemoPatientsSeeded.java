package org.openderm.system;

import java.util.Map;
import java.util.UUID;

/**
 * Published after demo stories were seeded (not on a restart that seeds nothing), so that features
 * can add their own demo data. Keys are the stories' short names: {@code lea}, {@code ines}, {@code
 * hugo}, {@code camille}, {@code chloe}, {@code thomas} (see {@code org.openderm.system.demo}).
 */
public record DemoPatientsSeeded(Map<String, UUID> patients) {}
