package dev.shuttle.runtime.pool;

import dev.shuttle.ForkJoin;
import dev.shuttle.runtime.InternalApi;
import dev.shuttle.runtime.config.OverrideException;
import dev.shuttle.runtime.config.OverrideScope;
import dev.shuttle.runtime.internal.Failures;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the tasks generated for {@code @ForkJoin} methods call: where a task runs, and how a
 * failure in a leaf reaches the caller unchanged.
 *
 * <p>{@link ForkJoinTask#join()} rethrows a failure from another thread as a <em>copy</em> (a
 * new exception of the same type, message and stack changed, the original as its cause), so a
 * leaf's failure travels inside a {@link LeafFailure}, which the pool cannot copy, and
 * {@link #invoke} rethrows the original.
 */
@InternalApi
public final class ForkJoins {
  /** The pool of each {@code @ForkJoin} method, by override path. */
  private static final ConcurrentHashMap<String, ForkJoinPool> POOLS = new ConcurrentHashMap<>();

  private ForkJoins() {}

  /** Runs {@code task} on the common pool, or in the current pool when called from a worker. */
  public static <R> R invoke(ForkJoinTask<R> task) {
    return invoke(ForkJoinPool.commonPool(), task);
  }

  /**
   * Runs {@code task} on {@code pool} and returns its result. From inside a fork/join worker
   * (of any pool) the task runs right there, in the worker's pool, so that the worker helps with
   * it instead of blocking while another pool does the work.
   */
  public static <R> R invoke(ForkJoinPool pool, ForkJoinTask<R> task) {
    try {
      return ForkJoinTask.inForkJoinPool() ? task.invoke() : pool.invoke(task);
    } catch (LeafFailure carried) {
      throw Failures.sneakyThrow(carried.original());
    }
  }

  /**
   * The threshold of a {@code @ForkJoin(threshold = AUTO)} call over {@code size} elements: about
   * four leaves per worker of the pool the call will run in ({@code pool}, or the caller's own when
   * called from a fork/join worker), as parallel streams split. Halving down to it makes the
   * next power of two of leaves at or above that: enough for idle workers to steal from a slow one,
   * few enough that tasks cost nothing next to the leaves.
   */
  public static long leafSize(ForkJoinPool pool, long size) {
    int workers = ForkJoinTask.inForkJoinPool() ? ForkJoinTask.getPool().getParallelism() : pool.getParallelism();
    return Math.max(1, size / ((long) workers << 2));
  }

  /** {@link #leafSize(ForkJoinPool, long)} for an {@code int} range. */
  public static int leafSize(ForkJoinPool pool, int size) {
    return (int) leafSize(pool, (long) size);
  }

  /**
   * The threshold of one call: {@code threshold}, or for {@link ForkJoin#AUTO} the
   * {@linkplain #leafSize(ForkJoinPool, long) size} that gives each worker about four leaves.
   */
  public static long leafSize(ForkJoinPool pool, long size, int threshold) {
    return threshold == ForkJoin.AUTO ? leafSize(pool, size) : threshold;
  }

  /** {@link #leafSize(ForkJoinPool, long, int)} for an {@code int} range. */
  public static int leafSize(ForkJoinPool pool, int size, int threshold) {
    return threshold == ForkJoin.AUTO ? leafSize(pool, size) : threshold;
  }

  /**
   * {@code @ForkJoin}'s {@code threshold} with its {@linkplain dev.shuttle.runtime.config.Overrides
   * deploy-time override} {@code path/threshold} ({@code 0} for {@link ForkJoin#AUTO}).
   *
   * @param path for example {@code com.example.Sums/sum/ForkJoin}
   * @throws OverrideException if the override is not a whole number, 0 or more
   */
  public static int configuredThreshold(String path, int threshold) {
    OverrideScope scope = OverrideScope.of(path);
    int configured = scope.intValue("threshold", threshold);
    return scope.build(() -> {
      if (configured < 0) {
        throw new IllegalArgumentException("a threshold must be at least 1, or 0 for AUTO, not " + configured);
      }
      return configured;
    });
  }

  /**
   * The pool of one {@code @ForkJoin} method: with {@code parallelism} 0 (after its
   * {@linkplain dev.shuttle.runtime.config.Overrides deploy-time override} {@code path/parallelism})
   * {@code ForkJoinPool.commonPool()}, else a {@linkplain #newPool pool of its own}, made once per
   * method and process, when its class is first constructed.
   *
   * @param path for example {@code com.example.Sums/fill/ForkJoin}
   * @param name names the pool's threads, for example {@code Sums.fill}
   * @throws OverrideException if the override is not a number from 0 to {@link ForkJoin#MAX_PARALLELISM}
   */
  public static ForkJoinPool configuredPool(String path, String name, int parallelism) {
    ForkJoinPool pool = POOLS.get(path);
    return pool != null ? pool : POOLS.computeIfAbsent(path, p -> {
      OverrideScope scope = OverrideScope.of(p);
      int threads = scope.intValue("parallelism", parallelism);
      return threads == 0 ? ForkJoinPool.commonPool() : scope.build(() -> newPool(name, threads));
    });
  }

  /**
   * Wraps what a leaf threw so that the pool passes it on as is; throw the result:
   * {@code throw ForkJoins.carry(failure)}.
   */
  public static RuntimeException carry(Throwable failure) {
    return new LeafFailure(failure);
  }

  /**
   * A pool of its own for one {@code @ForkJoin} method: {@code parallelism} daemon workers named
   * {@code shuttle-<name>-forkjoin-N}, started when work arrives and retired when idle.
   *
   * @throws IllegalArgumentException if {@code parallelism} is not between 1 and
   *     {@link ForkJoin#MAX_PARALLELISM}
   */
  public static ForkJoinPool newPool(String name, int parallelism) {
    if (parallelism < 1 || parallelism > ForkJoin.MAX_PARALLELISM) {
      throw new IllegalArgumentException("The fork/join pool of " + name + " needs 1 to " + ForkJoin.MAX_PARALLELISM
          + " threads, not " + parallelism);
    }
    AtomicInteger threads = new AtomicInteger();
    return new ForkJoinPool(parallelism, pool -> {
      ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
      thread.setName("shuttle-" + name + "-forkjoin-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }, null, false);
  }

  /**
   * Carries a leaf's failure through the pool. It has no public constructor, which is what stops
   * {@link ForkJoinTask} from replacing it with a copy; no stack trace, as it never escapes.
   */
  static final class LeafFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private LeafFailure(Throwable original) {
      super(null, original, false, false);
    }

    Throwable original() {
      return getCause();
    }
  }
}
