package org.openderm.ml.lesion;

/**
 * Keeps DJL off the network: offline mode (no engine or model download) and no usage tracking,
 * unless the caller has already decided. Called before any engine is started.
 */
public final class DjlEnvironment {

  private DjlEnvironment() {}

  /** Sets {@code ai.djl.offline=true} and {@code OPT_OUT_TRACKING=true} when not already set. */
  public static void ensureOffline() {
    if (System.getProperty("ai.djl.offline") == null) {
      System.setProperty("ai.djl.offline", "true");
    }
    if (System.getProperty("OPT_OUT_TRACKING") == null) {
      System.setProperty("OPT_OUT_TRACKING", "true");
    }
  }
}
