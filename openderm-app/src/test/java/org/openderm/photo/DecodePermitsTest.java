package org.openderm.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DecodePermitsTest {

  private static final long MP40 = 40_000_000L;

  @Test
  void sanitize_withEveryPermitHeld_isRefusedAsBusy_andPassesOnceOneIsFree() {
    DecodePermits permits = new DecodePermits(1, Duration.ofMillis(50));
    ImageSanitizer sanitizer = new ImageSanitizer(PhotoProperties.defaults(), permits);
    byte[] jpeg = HostileCorpus.jpeg(200, 150);
    try (DecodePermits.Permit held = permits.acquire()) {
      assertThatThrownBy(() -> sanitizer.sanitize(new ByteArrayInputStream(jpeg)))
          .isInstanceOfSatisfying(
              PhotoServerBusyException.class,
              e -> {
                assertThat(e.status()).isEqualTo(503);
                assertThat(e.code()).isEqualTo("DERM-0209");
                assertThat(e.retryAfterSeconds()).isPositive();
              });
    }
    assertThat(sanitizer.sanitize(new ByteArrayInputStream(jpeg)).width()).isEqualTo(200);
    assertThat(permits.available()).isEqualTo(1);
  }

  @Test
  void refusedImage_releasesItsPermit() {
    DecodePermits permits = new DecodePermits(2, Duration.ofMillis(50));
    ImageSanitizer sanitizer = new ImageSanitizer(PhotoProperties.defaults(), permits);
    byte[] truncated = HostileCorpus.truncated(HostileCorpus.jpeg(400, 300), 0.5);
    byte[] bomb = HostileCorpus.pngDeclaring(30000, 30000, 1);
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> sanitizer.sanitize(new ByteArrayInputStream(truncated)))
          .isInstanceOf(UnreadableImageException.class);
      assertThatThrownBy(() -> sanitizer.sanitize(new ByteArrayInputStream(bomb)))
          .isInstanceOf(ImageDimensionsException.class);
    }
    assertThat(permits.available()).isEqualTo(2);
  }

  @Test
  void concurrentUploads_queueOnThePermits_andAllSucceed() throws Exception {
    DecodePermits permits = new DecodePermits(2, Duration.ofSeconds(30));
    ImageSanitizer sanitizer = new ImageSanitizer(PhotoProperties.defaults(), permits);
    byte[] jpeg = HostileCorpus.jpeg(1600, 1200);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    CountDownLatch start = new CountDownLatch(1);
    int[] lowest = {2};
    Thread watcher =
        Thread.ofPlatform()
            .start(
                () -> {
                  while (!Thread.currentThread().isInterrupted()) {
                    synchronized (lowest) {
                      lowest[0] = Math.min(lowest[0], permits.available());
                    }
                    Thread.onSpinWait();
                  }
                });
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  return sanitizer.sanitize(new ByteArrayInputStream(jpeg)).width();
                }));
      }
      start.countDown();
      for (Future<Integer> f : done) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(1600);
      }
    } finally {
      watcher.interrupt();
      watcher.join();
      pool.shutdownNow();
    }
    // Both permits were in use at some point (six uploads queued on two), and all came back.
    assertThat(lowest[0]).isZero();
    assertThat(permits.available()).isEqualTo(2);
  }

  @Test
  void automaticSize_isOnePerProcessor_cappedByHalfTheHeap_neverZero() {
    long gib = 1024L * 1024 * 1024;
    // 40 MP at 10 bytes a pixel: 400 MB per decode.
    assertThat(DecodePermits.automatic(2, 8 * gib, MP40)).isEqualTo(2);
    assertThat(DecodePermits.automatic(16, 2 * gib, MP40)).isEqualTo(2);
    assertThat(DecodePermits.automatic(16, 512L * 1024 * 1024, MP40)).isEqualTo(1);
    assertThat(DecodePermits.automatic(16, 64 * gib, 12_000_000)).isEqualTo(16);
  }

  @Test
  void zeroPermits_isAConfigurationError() {
    assertThatThrownBy(() -> new DecodePermits(0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
