package org.openderm.forecast.evaluation;

import java.io.PrintStream;

/**
 * A one-line text progress bar on the error stream, so that standard output stays clean for the
 * report or its JSON.
 */
public final class ProgressBar {

  private final PrintStream out;
  private final String label;
  private final int total;
  private final long started = System.nanoTime();
  private int lastPercent = -1;

  public ProgressBar(PrintStream out, String label, int total) {
    this.out = out;
    this.label = label;
    this.total = Math.max(total, 1);
  }

  /** Shows {@code done} of the total; redraws only when the percentage changes. */
  public synchronized void update(int done) {
    int percent = (int) (100L * done / total);
    if (percent == lastPercent) {
      return;
    }
    lastPercent = percent;
    int filled = percent * 30 / 100;
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf(
        "\r%s [%s%s] %3d%% %d/%d %.0fs",
        label, "#".repeat(filled), " ".repeat(30 - filled), percent, done, total, seconds);
    if (done >= total) {
      out.println();
    }
    out.flush();
  }
}
