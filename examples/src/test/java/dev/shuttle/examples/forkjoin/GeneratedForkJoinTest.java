package dev.shuttle.examples.forkjoin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs the woven classes the processor generated for {@link Splits} and {@link ArraySums}. */
@Timeout(120)
class GeneratedForkJoinTest {
  private static final int[] SIZES = {0, 1, 2, 3, 6, 7, 8, 9, 15, 16, 17, 99, 100, 101, 999, 1000, 1001, 4097, 65_537};

  @Test
  void sumsEqualTheSequentialLoopForManySizesThresholdsAndOffsets() {
    SplittableRandom random = new SplittableRandom(7);
    Splits.Sums parallel = new ConcurrentSplits_Sums();
    Splits.Sums sequential = new Splits.Sums();
    for (int size : SIZES) {
      long[] a = random.longs(size + 10, -1_000, 1_000).toArray();
      for (int offset : new int[] {0, 3}) {
        int from = offset;
        int to = offset + size;
        long expected = sequential.sumBy1(a, from, to);
        assertEquals(expected, parallel.sumBy1(a, from, to), "threshold 1, size " + size);
        assertEquals(expected, parallel.sumBy2(a, from, to), "threshold 2, size " + size);
        assertEquals(expected, parallel.sumBy7(a, from, to), "threshold 7, size " + size);
        assertEquals(expected, parallel.sumBy1000(a, from, to), "threshold 1000, size " + size);
        assertEquals((double) expected, parallel.sumAsDouble(a, from, to), "double, size " + size);
        assertEquals(expected, parallel.sumAuto(a, from, to), "threshold AUTO, size " + size);
      }
    }
  }

  @Test
  void aRangeWithinTheThresholdRunsAsOneLeaf() {
    Splits.Sums sums = new ConcurrentSplits_Sums();
    long[] a = new long[1_000];
    sums.sumBy1000(a, 0, 1_000);
    assertEquals(1, sums.leaves.get());
    sums.leaves.set(0);
    sums.sumBy1000(a, 0, 0);
    assertEquals(1, sums.leaves.get(), "an empty range is one leaf too, which returns the method's own answer");
    sums.leaves.set(0);
    sums.sumBy7(a, 0, 1_000);
    assertEquals(leaves(1_000, 7), sums.leaves.get(), "halved until a range holds at most 7");
  }

  @Test
  void autoSplitsIntoAboutFourLeavesPerWorkerOfThePoolItRunsIn() {
    Splits.Sums sums = new ConcurrentSplits_Sums();
    long[] a = new long[12_000];
    int workers = ForkJoinPool.commonPool().getParallelism();
    sums.sumAuto(a, 0, a.length);
    assertEquals(leaves(a.length, Math.max(1, a.length / (4 * workers))), sums.leaves.get(), "common pool");

    sums.leaves.set(0); // the long method's own pool has 3 workers: a threshold of 12_000 / 12, 16 leaves
    assertEquals(LongStream.range(-6_000, 6_000).sum(), sums.sumOfIndicesAuto(-6_000, 6_000));
    assertEquals(16, sums.leaves.get(), "its own pool of 3");

    sums.leaves.set(0);
    sums.sumAuto(a, 0, 5);
    assertEquals(leaves(5, 1), sums.leaves.get(), "a range smaller than four per worker splits down to single elements");
  }

  /** How many leaves halving {@code size} until each range holds at most {@code threshold} gives. */
  private static int leaves(int size, int threshold) {
    return size <= threshold ? 1 : leaves(size / 2, threshold) + leaves(size - size / 2, threshold);
  }

  @Test
  void longBoundsIncludingNegativeOnes() {
    Splits.Sums sums = new ConcurrentSplits_Sums();
    for (long[] range : new long[][] {{0, 0}, {0, 1}, {-50, 51}, {-7, -2}, {1L << 33, (1L << 33) + 1001}}) {
      long expected = new Splits.Sums().sumOfIndices(range[0], range[1]);
      assertEquals(expected, sums.sumOfIndices(range[0], range[1]), () -> range[0] + ".." + range[1]);
    }
  }

  @Test
  void aCombineKeepsTheOrderOfTheHalves() {
    Splits.Text text = new ConcurrentSplits_Text();
    for (int size : SIZES) {
      assertEquals(new Splits.Text().digits(0, size), text.digits(0, size), "size " + size);
    }
  }

  @Test
  void aCombineReplacesPlusForANumericResult() {
    int[] xs = new SplittableRandom(3).ints(10_001).toArray();
    assertEquals(IntStream.of(xs).max().getAsInt(), new ConcurrentSplits_Text().max(xs, 0, xs.length));
  }

  @Test
  void aLeafFailureReachesTheCallerUnchanged() {
    Splits.Failing failing = new ConcurrentSplits_Failing();
    for (int failAt : new int[] {0, 437, 9_999}) {
      RuntimeException thrown = assertThrows(RuntimeException.class, () -> failing.sum(failAt, 0, 10_000));
      assertSame(failing.failure, thrown, "the very exception the leaf threw, not ForkJoinTask's copy");
    }
    IOException io = assertThrows(IOException.class, () -> failing.read(0, 1_000));
    assertSame(failing.checked, io, "checked exceptions too");
  }

  @Test
  void aVoidMethodRunsEveryRangeOnItsOwnPool() {
    Splits.Pools pools = new ConcurrentSplits_Pools();
    boolean[] touched = new boolean[10_000];
    pools.touch(touched, 0, touched.length);
    for (int i = 0; i < touched.length; i++) {
      assertTrue(touched[i], "cell " + i);
    }
    assertTrue(pools.threads.stream().allMatch(name -> name.startsWith("shuttle-Pools.touch-forkjoin-")),
        pools.threads::toString);
  }

  @Test
  void fromInsideAForkJoinWorkerTheCallRunsInThatWorkersPool() {
    Splits.Pools pools = new ConcurrentSplits_Pools();
    boolean[] touched = new boolean[1_000];
    ForkJoinPool outer = new ForkJoinPool(2);
    try {
      outer.invoke(new RecursiveTask<Void>() {
        @Override
        protected Void compute() {
          pools.touch(touched, 0, touched.length);
          return null;
        }
      });
    } finally {
      outer.shutdownNow();
    }
    assertTrue(pools.threads.stream().noneMatch(name -> name.contains("forkjoin")),
        "the method's own pool stayed idle: " + pools.threads);
  }

  @Test
  void leavesThatCallForkJoinMethodsDoNotDeadlock() {
    long expected = 0;
    for (int i = 0; i < 2_000; i++) {
      expected += (long) i * (i - 1) / 2;
    }
    assertEquals(expected, new ConcurrentSplits_Pools().sumOfSums(0, 2_000));
  }

  @Test
  void theExampleSumsLikeTheSeed() {
    long[] array = new SplittableRandom(1).longs(100_003).toArray();
    assertEquals(new ArraySums().sum(array, 0, array.length), new ConcurrentArraySums().sum(array, 0, array.length));
  }
}
