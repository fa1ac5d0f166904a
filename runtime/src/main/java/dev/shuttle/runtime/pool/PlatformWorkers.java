package dev.shuttle.runtime.pool;

import dev.shuttle.runtime.internal.FlightRecording;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed-size pool of {@link PoolThread}s named {@code shuttle-pool-<name>-<n>}, started as
 * tasks arrive. The queue itself is unbounded: the pool's {@link Room} bounds it, so that
 * Shuttle's own threads can go over the bound. With an {@link AdaptiveSizer} it measures every
 * task and resizes itself as the sizer says.
 */
final class PlatformWorkers extends ThreadPoolExecutor implements Workers {
  private final String name;
  private final Room room;
  private final AdaptiveSizer sizer; // null unless ADAPTIVE

  PlatformWorkers(String name, int threads, Room room, AdaptiveSizer sizer) {
    super(threads, threads, 0, TimeUnit.NANOSECONDS, new LinkedBlockingQueue<>(), new Factory(name));
    this.name = name;
    this.room = room;
    this.sizer = sizer;
  }

  @Override
  protected void beforeExecute(Thread worker, Runnable task) {
    room.give();
    if (sizer != null) {
      sizer.started((PoolThread) worker);
    }
  }

  @Override
  protected void afterExecute(Runnable task, Throwable failure) {
    if (sizer != null) {
      int size = sizer.finished((PoolThread) Thread.currentThread());
      if (size > 0) {
        resize(size);
      }
    }
  }

  /** Grows at once (new threads start as tasks arrive); shrinks as threads go idle. */
  private void resize(int size) {
    int from = getCorePoolSize();
    if (size > getMaximumPoolSize()) {
      setMaximumPoolSize(size);
      setCorePoolSize(size);
    } else {
      setCorePoolSize(size);
      setMaximumPoolSize(size);
    }
    if (FlightRecording.running()) {
      PoolResizeEvent.emit(name, from, size, sizer.lastWaitRatio());
    }
  }

  @Override
  public int threads() {
    return getCorePoolSize();
  }

  @Override
  public int active() {
    return getActiveCount();
  }

  @Override
  public boolean awaitTermination(long nanos) throws InterruptedException {
    return awaitTermination(nanos, TimeUnit.NANOSECONDS);
  }

  private static final class Factory implements java.util.concurrent.ThreadFactory {
    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    Factory(String pool) {
      this.prefix = "shuttle-pool-" + pool + "-";
    }

    @Override
    public Thread newThread(Runnable worker) {
      return new PoolThread(worker, prefix + count.incrementAndGet());
    }
  }
}
