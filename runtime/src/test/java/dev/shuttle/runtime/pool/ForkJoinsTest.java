package dev.shuttle.runtime.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.ForkJoin;
import java.io.IOException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Where {@link ForkJoins#invoke} runs a task, and that a leaf's failure comes back as itself. */
@Timeout(60)
class ForkJoinsTest {

  /** Fails in the leaf at {@code failAt}, on whatever worker runs it; otherwise counts leaves. */
  static final class Leaves extends RecursiveTask<Integer> {
    private final int from;
    private final int to;
    private final int failAt;
    private final Throwable failure;

    Leaves(int from, int to, int failAt, Throwable failure) {
      this.from = from;
      this.to = to;
      this.failAt = failAt;
      this.failure = failure;
    }

    @Override
    protected Integer compute() {
      if (to - from <= 1) {
        if (from == failAt) {
          throw ForkJoins.carry(failure);
        }
        return 1;
      }
      int middle = from + (to - from) / 2;
      Leaves left = new Leaves(from, middle, failAt, failure);
      Leaves right = new Leaves(middle, to, failAt, failure);
      left.fork();
      return right.compute() + left.join();
    }
  }

  @Test
  void anAutoThresholdGivesFourLeavesPerWorkerOfThePoolTheCallRunsIn() throws Exception {
    ForkJoinPool four = new ForkJoinPool(4);
    ForkJoinPool two = new ForkJoinPool(2);
    try {
      assertEquals(62, ForkJoins.leafSize(four, 1_000), "1,000 / 16");
      assertEquals(62L, ForkJoins.leafSize(four, 1_000L));
      assertEquals(1, ForkJoins.leafSize(four, 15), "never below one element");
      assertEquals(1, ForkJoins.leafSize(four, 0));
      assertEquals(1L << 30, ForkJoins.leafSize(four, 1L << 34), "long ranges keep their size");
      assertEquals(125, two.submit(() -> ForkJoins.leafSize(four, 1_000)).get(),
          "from a worker of another pool, the call runs there: 1,000 / 8");
    } finally {
      four.shutdown();
      two.shutdown();
    }
  }

  @Test
  void countsEveryLeaf() {
    assertEquals(1000, ForkJoins.invoke(new Leaves(0, 1000, -1, null)));
  }

  @Test
  void aLeafFailureReachesTheCallerAsTheSameInstance() {
    for (int failAt : new int[] {0, 1, 511, 999}) {
      IllegalStateException boom = new IllegalStateException("boom");
      IllegalStateException thrown = assertThrows(IllegalStateException.class,
          () -> ForkJoins.invoke(new Leaves(0, 1000, failAt, boom)));
      assertSame(boom, thrown, "not a copy made by ForkJoinTask");
    }
  }

  @Test
  void aCheckedFailureReachesTheCallerToo() {
    IOException io = new IOException("disk");
    ForkJoinPool pool = ForkJoins.newPool("Test.io", 2);
    try {
      Throwable thrown = assertThrows(IOException.class, () -> ForkJoins.invoke(pool, new Leaves(0, 64, 40, io)));
      assertSame(io, thrown);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void fromInsideAWorkerTheTaskRunsInThatWorkersPool() {
    ForkJoinPool outer = ForkJoins.newPool("Test.outer", 2);
    ForkJoinPool unused = ForkJoins.newPool("Test.unused", 2);
    try {
      int leaves = outer.invoke(new RecursiveTask<Integer>() {
        @Override
        protected Integer compute() {
          return ForkJoins.invoke(unused, new Leaves(0, 100, -1, null));
        }
      });
      assertEquals(100, leaves);
      assertEquals(0, unused.getStealCount() + unused.getPoolSize(), "the other pool never ran anything");
    } finally {
      outer.shutdownNow();
      unused.shutdownNow();
    }
  }

  @Test
  void aDedicatedPoolHasNamedDaemonWorkers() {
    ForkJoinPool pool = ForkJoins.newPool("Sums.sum", 2);
    try {
      String name = pool.invoke(new RecursiveTask<String>() {
        @Override
        protected String compute() {
          assertTrue(Thread.currentThread().isDaemon());
          return Thread.currentThread().getName();
        }
      });
      assertTrue(name.startsWith("shuttle-Sums.sum-forkjoin-"), name);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aDedicatedPoolTakesUpToTheAnnotationsParallelism() {
    ForkJoinPool largest = ForkJoins.newPool("Sums.sum", ForkJoin.MAX_PARALLELISM);
    try {
      assertEquals(ForkJoin.MAX_PARALLELISM, largest.getParallelism());
    } finally {
      largest.shutdownNow();
    }
    IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
        () -> ForkJoins.newPool("Sums.sum", ForkJoin.MAX_PARALLELISM + 1));
    assertEquals("The fork/join pool of Sums.sum needs 1 to 32767 threads, not 32768", tooMany.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ForkJoins.newPool("Sums.sum", 0));
  }
}
