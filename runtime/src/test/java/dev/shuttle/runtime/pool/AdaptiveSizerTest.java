package dev.shuttle.runtime.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.ShuttleClock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** ADAPTIVE under a driven measurement: no real clock, so every size is exact. */
@Timeout(30)
class AdaptiveSizerTest {
  private static final long MS = 1_000_000;

  /** Feeds one window of identical tasks; returns the sizes the sizer asked for (0: keep). */
  private static int window(AdaptiveSizer sizer, long cpuNanos, long wallNanos) {
    int decision = 0;
    for (int i = 0; i < AdaptiveSizer.WINDOW; i++) {
      decision = sizer.record(cpuNanos, wallNanos);
      if (i < AdaptiveSizer.WINDOW - 1) {
        assertEquals(0, decision, "it decides once per window");
      }
    }
    return decision;
  }

  @Test
  void movesHalfWayTowardCoresTimesOnePlusWaitOverComputeEachWindow() {
    AdaptiveSizer sizer = new AdaptiveSizer(null, 2, 2, 20, 4);
    // Each task computes 1 ms and waits 3 ms: W/C = 3, so the target is 2 × (1 + 3) = 8.
    List<Integer> sizes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      sizes.add(window(sizer, 1 * MS, 4 * MS));
    }
    assertEquals(List.of(6, 7, 8, 0), sizes);
    assertEquals(8, sizer.size());
    assertEquals(3.0, sizer.lastWaitRatio());
  }

  @Test
  void shrinksWhenTasksStopWaiting() {
    AdaptiveSizer sizer = new AdaptiveSizer(null, 2, 2, 20, 8);
    List<Integer> sizes = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      sizes.add(window(sizer, 5 * MS, 5 * MS)); // pure computation: the target is the cores
    }
    assertEquals(List.of(5, 4, 3, 2, 0), sizes);
  }

  @Test
  void staysWithinItsBounds() {
    AdaptiveSizer sizer = new AdaptiveSizer(null, 2, 2, 20, 4);
    for (int i = 0; i < 20; i++) {
      window(sizer, 0, 10 * MS); // no CPU at all: as many threads as allowed
    }
    assertEquals(20, sizer.size());
    assertEquals(2, new AdaptiveSizer(null, 2, 2, 20, 1).size(), "never below the cores");
    assertEquals(20, sizer.target(1e9));
  }

  @Test
  void aShortWindowOfOddTasksMovesTheSizeOnlyPartWay() {
    AdaptiveSizer sizer = new AdaptiveSizer(null, 4, 4, 40, 8);
    assertEquals(24, window(sizer, 1 * MS, 10 * MS)); // W/C = 9: target 40, half way from 8
    assertEquals(16, window(sizer, 1 * MS, 2 * MS)); // W/C = 1: target 8, half way back
  }

  @Test
  void aPoolFollowsItsMeasurements() throws Exception {
    DrivenClock clock = new DrivenClock();
    TaskPool pool = new TaskPool("adaptive-test", PoolSpec.adaptive(20), 2, clock);
    try {
      assertEquals(4, pool.threads(), "it starts at 2 × cores");
      for (int i = 0; i < 6 * AdaptiveSizer.WINDOW; i++) {
        pool.submit(() -> {
          clock.spend(1 * MS, 4 * MS); // W/C = 3: the target is 2 × 4 = 8
          return CompletableFuture.completedFuture(null);
        }).get(30, TimeUnit.SECONDS);
      }
      // The last resize runs on the worker after the task's future completed: wait for it (bounded).
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (pool.threads() != 8 && System.nanoTime() < deadline) {
        Thread.sleep(1);
      }
      assertEquals(8, pool.threads());
    } finally {
      pool.shutdown();
    }
  }

  /** Time that moves only when a task says it spent some, separately on each thread. */
  static final class DrivenClock implements TaskClock {
    private final ThreadLocal<long[]> times = ThreadLocal.withInitial(() -> new long[2]);

    void spend(long cpuNanos, long wallNanos) {
      long[] t = times.get();
      t[0] += cpuNanos;
      t[1] += wallNanos;
    }

    @Override
    public long threadCpuNanos() {
      return times.get()[0];
    }

    @Override
    public long nanoTime() {
      return times.get()[1];
    }
  }

  @Test
  void theSystemClockMeasuresThisThread() {
    TaskClock clock = TaskClock.of(ShuttleClock.system());
    if (clock != null) {
      long before = clock.threadCpuNanos();
      long sum = 0;
      for (int i = 0; i < 1_000_000; i++) {
        sum += i ^ (sum >>> 3);
      }
      assertTrue(clock.threadCpuNanos() >= before, "CPU time never goes back (" + sum + ")");
    }
  }
}
