package org.openderm.photo;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The result of a photo integrity check.
 *
 * @param checkedAt when
 * @param photos photo rows checked
 * @param damaged photos whose file is missing or differs from its recorded hash
 * @param orphans files (paths under the photo folder) that have no row
 * @param quarantined those of the orphans old enough to be moved out to the quarantine folder
 */
public record PhotoIntegrityReport(
    Instant checkedAt,
    int photos,
    List<UUID> damaged,
    List<String> orphans,
    List<String> quarantined) {

  public PhotoIntegrityReport {
    damaged = List.copyOf(damaged);
    orphans = List.copyOf(orphans);
    quarantined = List.copyOf(quarantined);
  }

  /** True when nothing is damaged, missing or orphaned. */
  public boolean intact() {
    return damaged.isEmpty() && orphans.isEmpty();
  }
}
