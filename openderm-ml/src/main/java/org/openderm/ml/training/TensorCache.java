package org.openderm.ml.training;

import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.openderm.ml.lesion.ImagePrep;

/**
 * All HAM10000 images decoded once into square RGB thumbnails kept in memory and in one file.
 *
 * <p>Decoding 10,015 JPEGs costs more than an epoch of augmentation, so it is done once: the file
 * (about 280 MB at 96x96) is rebuilt only when missing or when its size differs.
 */
final class TensorCache {

  private static final int MAGIC = 0x4f44544d; // bumped when the thumbnail preprocessing changes

  private final Map<String, byte[]> thumbs;

  private TensorCache(Map<String, byte[]> thumbs) {
    this.thumbs = thumbs;
  }

  /** Loads the cache file, or builds it from the images (with progress) and saves it. */
  static TensorCache loadOrBuild(Path dataDir, List<Ham10000.Sample> samples, Path file)
      throws IOException {
    if (Files.exists(file)) {
      TensorCache c = read(file);
      if (c.thumbs.size() == samples.size()) {
        return c;
      }
    }
    Map<String, byte[]> thumbs = new LinkedHashMap<>();
    try (ProgressBar bar = new ProgressBar("decode", samples.size())) {
      for (Ham10000.Sample s : samples) {
        BufferedImage img = ImageIO.read(Ham10000.image(dataDir, s.imageId()).toFile());
        if (img == null) {
          throw new IOException("unreadable image: " + s.imageId());
        }
        thumbs.put(s.imageId(), ImagePrep.modelThumbnail(img, ImagePrep.CACHE));
        bar.step(1);
      }
    }
    TensorCache c = new TensorCache(thumbs);
    c.write(file);
    return c;
  }

  /** The thumbnail of an image ({@code CACHE x CACHE x 3} bytes). */
  byte[] get(String imageId) {
    byte[] t = thumbs.get(imageId);
    if (t == null) {
      throw new IllegalArgumentException("not in cache: " + imageId);
    }
    return t;
  }

  private void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20))) {
      out.writeInt(MAGIC);
      out.writeInt(ImagePrep.CACHE);
      out.writeInt(thumbs.size());
      for (Map.Entry<String, byte[]> e : thumbs.entrySet()) {
        out.writeUTF(e.getKey());
        out.write(e.getValue());
      }
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static TensorCache read(Path file) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
      if (in.readInt() != MAGIC || in.readInt() != ImagePrep.CACHE) {
        return new TensorCache(Map.of());
      }
      int n = in.readInt();
      Map<String, byte[]> thumbs = new LinkedHashMap<>();
      int len = ImagePrep.CACHE * ImagePrep.CACHE * 3;
      for (int i = 0; i < n; i++) {
        String id = in.readUTF();
        byte[] b = new byte[len];
        in.readFully(b);
        thumbs.put(id, b);
      }
      return new TensorCache(thumbs);
    }
  }
}
