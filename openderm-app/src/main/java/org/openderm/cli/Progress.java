package org.openderm.cli;

import java.util.function.IntConsumer;

/** A one-line progress bar on standard error for long plain-Java commands. */
final class Progress implements IntConsumer {

  private static final int WIDTH = 30;

  private final String label;
  private final int total;
  private final long start = System.nanoTime();
  private int lastShown = -1;

  Progress(String label, int total) {
    this.label = label;
    this.total = Math.max(1, total);
  }

  @Override
  public synchronized void accept(int done) {
    int percent = (int) (100L * done / total);
    if (percent == lastShown) {
      return;
    }
    lastShown = percent;
    int filled = WIDTH * percent / 100;
    double seconds = (System.nanoTime() - start) / 1e9;
    System.err.printf(
        "\r%-10s [%s%s] %3d%% %d/%d %.0f s",
        label, "#".repeat(filled), " ".repeat(WIDTH - filled), percent, done, total, seconds);
  }

  /** Ends the line. */
  void done() {
    System.err.println();
  }
}
