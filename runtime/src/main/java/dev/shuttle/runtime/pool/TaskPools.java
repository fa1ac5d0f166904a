package dev.shuttle.runtime.pool;

import dev.shuttle.runtime.internal.Deadline;
import dev.shuttle.runtime.internal.ShutdownState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The process-wide registry of {@link TaskPool}s, by name: every class that declares or uses a
 * pool name shares one pool. Also where the failures of fire-and-forget tasks go, and the
 * graceful shutdown of every pool.
 */
public final class TaskPools {
  private static final System.Logger LOG = System.getLogger("dev.shuttle.async");
  private static final AsyncFailureHandler LOG_FAILURE = (task, failure) ->
      LOG.log(System.Logger.Level.WARNING, () -> "Async method " + task + " failed", failure);
  private static final ConcurrentHashMap<String, TaskPool> POOLS = new ConcurrentHashMap<>();
  /** The spec each name's pool was declared with, before overrides: what later users must agree with. */
  private static final ConcurrentHashMap<String, PoolSpec> DECLARED = new ConcurrentHashMap<>();
  private static final AtomicReference<Routed> ROUTED = new AtomicReference<>();

  private static volatile AsyncFailureHandler failureHandler = LOG_FAILURE;

  private TaskPools() {}

  /**
   * The pool registered under {@code name}, created with {@code spec} on first use (its threads
   * start as tasks arrive), as the {@linkplain PoolSpec#configured overrides} {@code Pool/<name>/...}
   * amend it. A pool that was shut down is replaced by a new one, except once
   * {@code Shuttle.shutdown} has begun: then the pool comes shut down, and refuses every task.
   *
   * @throws IllegalStateException if {@code name} is registered with another spec (two classes
   *     declare the pool differently); the message names both
   */
  public static TaskPool shared(String name, PoolSpec spec) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(spec, "spec");
    Routed routed = ROUTED.get();
    if (routed != null) {
      return checkSameSpec(name, routed.pools.computeIfAbsent(name, n -> {
        DECLARED.put(n, spec);
        return new TaskPool(n, spec.configured("Pool/" + n), routed.executor);
      }), spec);
    }
    TaskPool pool = POOLS.get(name);
    if (pool == null || (pool.isShutdown() && !ShutdownState.isShutDown())) {
      pool = POOLS.compute(name, (n, old) -> old == null || (old.isShutdown() && !ShutdownState.isShutDown())
          ? replace(old, n, spec) : old);
    }
    return checkSameSpec(name, pool, spec);
  }

  private static TaskPool checkSameSpec(String name, TaskPool pool, PoolSpec spec) {
    PoolSpec declared = DECLARED.get(name);
    if (!declared.equals(spec)) {
      throw new IllegalStateException("Pool \"" + name + "\" is declared two different ways: " + declared
          + ", and " + spec + ". Give every @Pool(name = \"" + name + "\") the same settings, or use two names.");
    }
    return pool;
  }

  /** A new pool of {@code name}, in place of {@code old} (shut down, or null). */
  private static TaskPool replace(TaskPool old, String name, PoolSpec spec) {
    if (old != null) {
      old.replaced();
    }
    return newPool(name, spec);
  }

  private static TaskPool newPool(String name, PoolSpec spec) {
    TaskPool pool = new TaskPool(name, spec.configured("Pool/" + name));
    DECLARED.put(name, spec);
    if (ShutdownState.isShutDown()) {
      pool.shutdown();
    }
    return pool;
  }

  /**
   * Makes the pools asked for from now on, until {@link #uninstall}, run their tasks on
   * {@code executor} instead of threads of their own: for tests (the {@code ManualExecutor} of
   * {@code shuttle-test}, which runs them on the test thread, step by step). Each name gets a pool
   * of its own for this executor, with its spec's queue bound; classes created meanwhile keep that
   * pool. These pools are not in {@link #stats()}, nor shut down by {@link #shutdownAll}: they
   * belong to the test. Process-wide, so tests that install executors must not run in parallel.
   *
   * @throws IllegalStateException if another executor is installed
   */
  public static void install(Executor executor) {
    Routed routed = new Routed(Objects.requireNonNull(executor, "executor"));
    if (!ROUTED.compareAndSet(null, routed) && ROUTED.get().executor != executor) {
      throw new IllegalStateException("Pools are already routed to " + ROUTED.get().executor
          + ". Uninstall it first; tests that install executors must not run in parallel.");
    }
  }

  /** Pools asked for from now on get threads of their own again, if {@code executor} is the one installed. */
  public static void uninstall(Executor executor) {
    Routed routed = ROUTED.get();
    if (routed != null && routed.executor == executor) {
      ROUTED.compareAndSet(routed, null);
    }
  }

  /** Snapshots of every registered pool. */
  public static List<TaskPoolStats> stats() {
    List<TaskPoolStats> all = new ArrayList<>();
    POOLS.values().forEach(pool -> all.add(pool.stats()));
    return all;
  }

  /**
   * Shuts every pool down gracefully: no pool accepts new tasks (calls are refused with
   * {@code RejectedExecutionException}), every accepted task still runs, and this waits for them,
   * at most {@code timeout} in all. Tasks still running after the timeout are left to finish, not
   * dropped. Classes created afterwards get new pools, except once {@code Shuttle.shutdown} has begun.
   *
   * @return whether every pool finished within the timeout
   * @throws InterruptedException if interrupted while waiting; the pools are shut down regardless
   */
  public static boolean shutdownAll(Duration timeout) throws InterruptedException {
    return shutdownAndReport(timeout).isEmpty();
  }

  /**
   * As {@link #shutdownAll}, reporting which pools did not finish.
   *
   * @return a snapshot of each pool with tasks still queued or running when the timeout passed (a
   *     pool whose tasks are all done while its threads are still exiting has finished)
   * @throws IllegalArgumentException if {@code timeout} is negative
   */
  public static List<TaskPoolStats> shutdownAndReport(Duration timeout) throws InterruptedException {
    Deadline deadline = Deadline.in(timeout);
    List<TaskPool> pools = new ArrayList<>(POOLS.values());
    pools.forEach(TaskPool::shutdown);
    List<TaskPoolStats> unfinished = new ArrayList<>();
    for (TaskPool pool : pools) {
      if (!pool.awaitTermination(deadline.remaining())) {
        TaskPoolStats stats = pool.stats();
        if (stats.active() > 0 || stats.queued() > 0) {
          unfinished.add(stats);
        }
      }
    }
    return unfinished;
  }

  /**
   * Where the failures of fire-and-forget ({@code void}) {@code @Async} methods go, process-wide;
   * {@code null} restores the default, which logs to {@code System.Logger} {@code dev.shuttle.async}
   * at {@code WARNING}.
   */
  public static void setFailureHandler(AsyncFailureHandler handler) {
    failureHandler = handler == null ? LOG_FAILURE : handler;
  }

  public static AsyncFailureHandler failureHandler() {
    return failureHandler;
  }

  /** The pools of an {@linkplain #install installed} executor. */
  private static final class Routed {
    final Executor executor;
    final ConcurrentHashMap<String, TaskPool> pools = new ConcurrentHashMap<>();

    Routed(Executor executor) {
      this.executor = executor;
    }
  }
}
