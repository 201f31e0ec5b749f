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
 * Latency of one request's work on a photo file (for triage: sanitise or decode, quality gate,
 * four-view model, decision), one file at a time, as a clinician's request would see it.
 */
public final class LatencyBench {

  private LatencyBench() {}

  /** Latency percentiles in milliseconds. */
  public record Latency(int runs, double p50, double p90, double p99, double mean) {}

  /** One request's work on the bytes of a photo file. */
  @FunctionalInterface
  public interface Request {
    void handle(byte[] file) throws IOException;
  }

  /** Times {@code runs} requests cycling over the files, after {@code warmup} untimed ones. */
  public static Latency run(Request request, List<Path> files, int warmup, int runs)
      throws IOException {
    List<byte[]> bytes = new ArrayList<>();
    for (Path f : files) {
      bytes.add(Files.readAllBytes(f));
    }
    if (bytes.isEmpty()) {
      throw new IOException("no image to benchmark");
    }
    for (int i = 0; i < warmup; i++) {
      request.handle(bytes.get(i % bytes.size()));
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      request.handle(bytes.get(i % bytes.size()));
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    double mean = Arrays.stream(ms).average().orElse(Double.NaN);
    Arrays.sort(ms);
    return new Latency(runs, pct(ms, 0.5), pct(ms, 0.9), pct(ms, 0.99), mean);
  }

  /** A model-only request: ImageIO decode, then triage without heat map. */
  public static Request modelOnly(LesionTriage triage) {
    return file -> triage.analyse(decode(file), false);
  }

  /** Decodes a JPEG or PNG held in memory. */
  public static BufferedImage decode(byte[] file) throws IOException {
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(file));
    if (img == null) {
      throw new IOException("unreadable benchmark image");
    }
    return img;
  }

  private static double pct(double[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
  }
}
