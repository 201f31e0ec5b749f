package org.openderm.ml.lesion;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * End-to-end latency of one triage (JPEG decode from memory, preprocessing, four-view model,
 * decision; without heat map), one image at a time, as a clinician's request would see it.
 */
public final class LatencyBench {

  private LatencyBench() {}

  /** Latency percentiles in milliseconds. */
  public record Latency(int runs, double p50, double p90, double p99, double mean) {}

  /** Times {@code runs} triages cycling over the files, after {@code warmup} untimed ones. */
  public static Latency run(LesionTriage triage, List<Path> files, int warmup, int runs)
      throws IOException {
    List<byte[]> bytes = new ArrayList<>();
    for (Path f : files) {
      bytes.add(Files.readAllBytes(f));
    }
    if (bytes.isEmpty()) {
      throw new IOException("no image to benchmark");
    }
    for (int i = 0; i < warmup; i++) {
      once(triage, bytes.get(i % bytes.size()));
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      once(triage, bytes.get(i % bytes.size()));
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    double mean = Arrays.stream(ms).average().orElse(Double.NaN);
    Arrays.sort(ms);
    return new Latency(runs, pct(ms, 0.5), pct(ms, 0.9), pct(ms, 0.99), mean);
  }

  private static void once(LesionTriage triage, byte[] jpeg) throws IOException {
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(jpeg));
    if (img == null) {
      throw new IOException("unreadable benchmark image");
    }
    triage.analyse(img, false);
  }

  private static double pct(double[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
  }
}
