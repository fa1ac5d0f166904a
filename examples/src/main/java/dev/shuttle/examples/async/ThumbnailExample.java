package dev.shuttle.examples.async;

import dev.shuttle.runtime.pool.TaskPoolStats;
import dev.shuttle.runtime.pool.TaskPools;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Resizes 200 images through {@code ConcurrentThumbnailer}: each resize spends two 10 ms round trips
 * waiting on a fake image store, so one after another they would take 4 s; on the I/O-sized pool
 * they overlap. Each thumbnail is then indexed fire and forget on the CPU pool, and a graceful
 * shutdown drains that work before the example checks it.
 */
public final class ThumbnailExample {
  static final int IMAGES = 200;
  static final long LATENCY_MILLIS = 10;

  public static void main(String[] args) throws Exception {
    FakeImageStore store = new FakeImageStore(LATENCY_MILLIS);
    Thumbnailer thumbnailer = new ConcurrentThumbnailer(store);

    long start = System.nanoTime();
    List<CompletableFuture<Thumbnail>> thumbnails = new ArrayList<>();
    for (int i = 0; i < IMAGES; i++) {
      thumbnails.add(thumbnailer.resize("image-" + i, 64)); // returns at once
    }
    long handedOver = System.nanoTime();
    for (CompletableFuture<Thumbnail> thumbnail : thumbnails) {
      thumbnailer.index(thumbnail.join()); // fire and forget
    }
    long resized = System.nanoTime();
    TaskPoolStats pool = TaskPools.stats().stream()
        .filter(s -> s.name().equals(Thumbnailer.class.getName())).findFirst().orElseThrow();
    boolean drained = TaskPools.shutdownAll(Duration.ofSeconds(30)); // the indexing still queued runs first

    double sequential = IMAGES * 2 * LATENCY_MILLIS / 1000.0;
    System.out.printf("async: %d resize calls handed to the pool in %.1f ms; all %d thumbnails ready after %.2f s "
            + "(one after another: %.1f s)%n", IMAGES, (handedOver - start) / 1e6, store.stored(),
        (resized - start) / 1e9, sequential);
    System.out.printf("async: pool %s has %d threads (IO_BOUND: %d cores × (1 + 9.0)); at most %d store calls "
            + "were in flight at once%n", pool.name(), pool.threads(), Runtime.getRuntime().availableProcessors(),
        store.mostInFlight());
    System.out.printf("async: shutdownAll drained the pools: %s; %d thumbnails indexed on the CPU pool%n",
        drained, thumbnailer.index.size());
    if (store.stored() != IMAGES || thumbnailer.index.size() != IMAGES || !drained) {
      throw new IllegalStateException("work was lost");
    }
  }

  private ThumbnailExample() {}
}
