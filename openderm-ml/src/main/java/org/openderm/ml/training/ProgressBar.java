package org.openderm.ml.training;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A text progress bar on standard error: percentage, count, rate, estimated time left, and a free
 * status text (such as the running loss).
 */
public final class ProgressBar implements AutoCloseable {

  private static final int WIDTH = 30;

  private final String task;
  private final long total;
  private final PrintStream out;
  private final long start = System.nanoTime();
  private long done;
  private long lastPrint;
  private String status = "";

  /** A bar for {@code total} units of work, printed to standard error. */
  public ProgressBar(String task, long total) {
    this(task, total, System.err);
  }

  /** A bar printed to the given stream. */
  public ProgressBar(String task, long total, PrintStream out) {
    this.task = task;
    this.total = Math.max(1, total);
    this.out = out;
  }

  /** Advances by {@code n} units; redraws at most four times a second. */
  public void step(long n) {
    done += n;
    long now = System.nanoTime();
    if (now - lastPrint > 250_000_000L || done >= total) {
      lastPrint = now;
      draw(now);
    }
  }

  /** Sets the status text shown after the bar. */
  public void status(String text) {
    this.status = text;
  }

  private void draw(long now) {
    double frac = Math.min(1.0, (double) done / total);
    int filled = (int) Math.round(frac * WIDTH);
    double secs = (now - start) / 1e9;
    double rate = done / Math.max(secs, 1e-9);
    long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    out.printf(
        Locale.ROOT,
        "\r%-8s [%s%s] %3.0f%% %d/%d %.1f/s eta %dm%02ds %s",
        task,
        "#".repeat(filled),
        ".".repeat(WIDTH - filled),
        frac * 100,
        done,
        total,
        rate,
        eta / 60,
        eta % 60,
        status);
    out.flush();
  }

  @Override
  public void close() {
    draw(System.nanoTime());
    out.println();
  }
}
