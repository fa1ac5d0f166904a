package dev.shuttle.runtime.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shuttle.Overflow;
import dev.shuttle.Pool;
import dev.shuttle.Sizing;
import org.junit.jupiter.api.Test;

/** The classic sizing formulas, on a machine of 8 cores. */
class PoolSpecTest {
  private static final int CORES = 8;

  @Test
  void cpuBoundIsOneThreadPerCore() {
    assertEquals(8, PoolSpec.cpuBound().threadsFor(CORES));
  }

  @Test
  void ioBoundIsCoresTimesOnePlusWaitOverCompute() {
    assertEquals(80, PoolSpec.ioBound(9.0).threadsFor(CORES));
    assertEquals(12, PoolSpec.ioBound(0.5).threadsFor(CORES));
    assertEquals(8, PoolSpec.ioBound(0).threadsFor(CORES));
    assertEquals(3, PoolSpec.ioBound(0.25).threadsFor(2), "2 × 1.25 = 2.5, rounded up");
  }

  @Test
  void mixedIsTwiceTheCores() {
    assertEquals(16, PoolSpec.mixed().threadsFor(CORES));
  }

  @Test
  void fixedIsWhatItSays() {
    assertEquals(3, PoolSpec.fixed(3).threadsFor(CORES));
  }

  @Test
  void virtualFallsBackToTheIoFormula() {
    assertEquals(16, PoolSpec.virtual(1.0).threadsFor(CORES));
  }

  @Test
  void adaptiveStartsAtTwiceTheCoresAndGrowsToTenPerCoreByDefault() {
    assertEquals(16, PoolSpec.adaptive(0).threadsFor(CORES));
    assertEquals(80, PoolSpec.adaptive(0).maxThreadsFor(CORES));
    assertEquals(4, PoolSpec.adaptive(4).threadsFor(CORES), "never above its maximum");
    assertEquals(4, PoolSpec.adaptive(4).maxThreadsFor(CORES));
  }

  @Test
  void noFormulaGoesPastTheCap() {
    assertEquals(PoolSpec.MAX_THREADS, PoolSpec.ioBound(1e12).threadsFor(CORES));
  }

  @Test
  void nonsenseIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> PoolSpec.ioBound(-1));
    assertThrows(IllegalArgumentException.class, () -> PoolSpec.ioBound(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> PoolSpec.ioBound(Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> PoolSpec.fixed(0));
    assertThrows(IllegalArgumentException.class, () -> new PoolSpec(Sizing.MIXED, 0, 4, 0, 10, Overflow.BLOCK));
    assertThrows(IllegalArgumentException.class, () -> PoolSpec.adaptive(-1));
    assertThrows(IllegalArgumentException.class, () -> PoolSpec.mixed().withQueue(0, Overflow.BLOCK));
  }

  @Test
  void explicitThreadCountsStopAtTheAnnotationsLimit() {
    assertEquals(Pool.MAX_THREADS, PoolSpec.fixed(Pool.MAX_THREADS).threadsFor(CORES));
    IllegalArgumentException fixed =
        assertThrows(IllegalArgumentException.class, () -> PoolSpec.fixed(Pool.MAX_THREADS + 1));
    assertEquals("threads is for FIXED pools, and 1 to 32767 there: 32768", fixed.getMessage());
    IllegalArgumentException adaptive =
        assertThrows(IllegalArgumentException.class, () -> PoolSpec.adaptive(Integer.MAX_VALUE));
    assertEquals("maxThreads must be 0 (the default) to 32767: 2147483647", adaptive.getMessage());
  }

  @Test
  void specsAreValuesAndReadLikeTheAnnotation() {
    assertEquals(PoolSpec.ioBound(9.0), PoolSpec.ioBound(9.0).withQueue(PoolSpec.DEFAULT_QUEUE, Overflow.BLOCK));
    assertNotEquals(PoolSpec.ioBound(9.0), PoolSpec.virtual(9.0));
    assertEquals("IO_BOUND (waitRatio 9.0), queue 10000, BLOCK when full", PoolSpec.ioBound(9.0).toString());
    assertEquals("FIXED (4 threads), queue 100, REJECT when full",
        PoolSpec.fixed(4).withQueue(100, Overflow.REJECT).toString());
  }
}
