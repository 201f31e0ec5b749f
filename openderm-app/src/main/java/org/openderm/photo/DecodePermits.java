package org.openderm.photo;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how many uploads are decoded at once. A 40 MP photo decodes to about 120 MB, and the
 * sanitiser holds up to three such rasters while it flattens, rotates and re-encodes it; without a
 * bound, a burst of large uploads (or a client that sends many at once) exhausts the heap and fails
 * every request, not just its own (OWASP ASVS v4 12.1.3, resource exhaustion). A request that finds
 * no free permit within the wait gets 503 with {@code Retry-After} and loses nothing: no photo was
 * stored.
 */
final class DecodePermits {

  /** Peak heap per pixel while sanitising: decoded, flattened and rotated rasters, encoder. */
  static final int PEAK_BYTES_PER_PIXEL = 10;

  private final Semaphore semaphore;
  private final int size;
  private final Duration wait;

  DecodePermits(int size, Duration wait) {
    if (size < 1) {
      throw new IllegalArgumentException("at least one decode permit is needed");
    }
    this.size = size;
    this.semaphore = new Semaphore(size, true);
    this.wait = wait;
  }

  /**
   * The configured number, or when it is 0: one per processor, but no more than half the heap can
   * hold at the largest accepted photo's peak.
   */
  static DecodePermits of(PhotoProperties p) {
    int size = p.maxConcurrentDecodes();
    if (size == 0) {
      size =
          automatic(
              Runtime.getRuntime().availableProcessors(),
              Runtime.getRuntime().maxMemory(),
              p.maxPixels());
    }
    return new DecodePermits(size, p.decodeWait());
  }

  static int automatic(int processors, long maxHeapBytes, long maxPixels) {
    long perDecode = maxPixels * PEAK_BYTES_PER_PIXEL;
    long fitting = maxHeapBytes / 2 / perDecode;
    return (int) Math.max(1, Math.min(processors, fitting));
  }

  /** A permit, waiting up to the configured time; 503 (DERM-0209) when none comes free. */
  Permit acquire() {
    try {
      if (!semaphore.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new PhotoServerBusyException();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PhotoServerBusyException();
    }
    return semaphore::release;
  }

  /** How many decodes may run at once. */
  int size() {
    return size;
  }

  /** Permits free now. */
  int available() {
    return semaphore.availablePermits();
  }

  /** Released exactly once, by try-with-resources. */
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }
}
