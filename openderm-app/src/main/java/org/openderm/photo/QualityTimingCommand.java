package org.openderm.photo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.crypto.SecretKey;
import javax.imageio.ImageIO;
import org.openderm.ml.quality.QualityGate;
import org.openderm.ml.quality.Resize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openderm quality-timing}: time of the quality verdict, of sanitising plus verdict, and of
 * the whole upload path without HTTP and database (sanitise, verdict, thumbnail, AES-GCM with a
 * wrapped per-file key, temp file + fsync + rename) on a photo scaled to 1 MP and 12 MP. One photo
 * at a time; pin the JVM with {@code taskset -c 0,1} to reproduce the 2-core figure. Plain Java.
 */
@Command(
    name = "quality-timing",
    mixinStandardHelpOptions = true,
    description = "Time the photo quality verdict at 1 MP and 12 MP.")
public final class QualityTimingCommand implements Callable<Integer> {

  @Option(
      names = "--image",
      defaultValue = "../shared/data/isic-557/images/ISIC_0000000.jpg",
      description = "Source photo, scaled to each size.")
  Path image;

  @Option(names = "--runs", defaultValue = "30", description = "Timed runs per size.")
  int runs;

  @Option(
      names = "--scratch",
      defaultValue = "target/photo-bench",
      description = "Folder for the encrypted files written by the storage step (emptied).")
  Path scratch;

  @Override
  public Integer call() throws IOException {
    BufferedImage source = ImageIO.read(image.toFile());
    if (source == null) {
      System.err.println("not an image: " + image);
      return 1;
    }
    QualityGate gate = QualityGate.withOutlineNetwork();
    QualityGate classical = new QualityGate();
    ImageSanitizer sanitizer = new ImageSanitizer(PhotoProperties.defaults());
    System.out.printf(
        "%-6s %-28s %10s %10s %10s%n", "size", "step", "wall med", "wall p90", "cpu med");
    for (int[] size : new int[][] {{1155, 866}, {4000, 3000}}) {
      BufferedImage scaled =
          Resize.bilinear(source, size[0], size[1], BufferedImage.TYPE_3BYTE_BGR);
      byte[] jpeg = jpeg(scaled);
      String label = size[0] * size[1] / 1_000_000 + " MP";
      time(label, "verdict", () -> gate.assess(scaled));
      time(label, "verdict, classical framing", () -> classical.assess(scaled));
      time(
          label,
          "sanitise+verdict",
          () -> gate.assess(sanitizer.sanitize(new ByteArrayInputStream(jpeg)).pixels()));
      time(label, "upload (no HTTP/DB)", () -> store(sanitizer, gate, jpeg));
    }
    return 0;
  }

  /**
   * Wall-clock and thread CPU time: on a shared machine the wall time counts other processes' turns
   * too, while the CPU time is what one photo costs a core.
   */
  private void time(String label, String step, Runnable task) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < Math.max(3, runs / 3); i++) {
      task.run();
    }
    double[] wall = new double[runs];
    double[] cpu = new double[runs];
    for (int i = 0; i < runs; i++) {
      long c = threads.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      task.run();
      wall[i] = (System.nanoTime() - t) / 1e6;
      cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    System.out.printf(
        Locale.ROOT,
        "%-6s %-28s %10.1f %10.1f %10.1f%n",
        label,
        step,
        wall[runs / 2],
        wall[runs * 9 / 10],
        cpu[runs / 2]);
  }

  private final PhotoCrypto crypto = new PhotoCrypto(PhotoCrypto.newDataKey());

  /** What PhotoService.store does around the database insert. */
  private void store(ImageSanitizer sanitizer, QualityGate gate, byte[] jpeg) {
    SanitizedImage image = sanitizer.sanitize(new ByteArrayInputStream(jpeg));
    gate.assess(image.pixels());
    UUID id = UUID.randomUUID();
    UUID patient = UUID.randomUUID();
    SecretKey key = PhotoCrypto.newDataKey();
    byte[] sealed = PhotoCrypto.encrypt(key, image.jpeg(), "image", id, patient);
    PhotoCrypto.encrypt(key, Thumbnails.jpeg(image.pixels()), "thumb", id, patient);
    crypto.wrap(key, id, patient);
    Hashes.sha256Hex(sealed);
    PhotoFiles files = new PhotoFiles(scratch);
    files.write(id, sealed);
    files.delete(id);
  }

  private static byte[] jpeg(BufferedImage img) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "jpg", out);
    return out.toByteArray();
  }
}
