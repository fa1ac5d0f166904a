package dev.shuttle.runtime.pool;

import dev.shuttle.Overflow;
import dev.shuttle.Sizing;
import dev.shuttle.runtime.ShuttleClock;
import dev.shuttle.runtime.ShuttleObject;
import dev.shuttle.runtime.WaitInterruptedException;
import dev.shuttle.runtime.internal.Failures;
import dev.shuttle.runtime.internal.FlightRecording;
import dev.shuttle.runtime.internal.LiveObjects;
import dev.shuttle.runtime.internal.ShuttleThread;
import dev.shuttle.runtime.internal.ShutdownState;
import dev.shuttle.runtime.internal.VirtualThreads;
import dev.shuttle.runtime.internal.WeakRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.LongAdder;

/**
 * A named thread pool that {@code @Async} and {@code @Race} methods run on, sized by a
 * {@link PoolSpec}. Get one from {@link TaskPools#shared}.
 *
 * <h2>Queue</h2>
 *
 * At most {@code spec.queue()} tasks wait for a thread. A call that finds the queue full waits for
 * room ({@code Overflow.BLOCK}; the wait is interruptible and has a timed variant) or is refused
 * with {@link RejectedExecutionException} ({@code Overflow.REJECT}). A task is never dropped:
 * refused work is refused to its caller, or its future fails. Shuttle's own threads (this and
 * other pools' workers, timers) never wait: their tasks go over the bound, so a pool whose tasks
 * call {@code @Async} methods on the same pool cannot deadlock on its own queue.
 *
 * <h2>Threads</h2>
 *
 * Daemon platform threads named {@code shuttle-pool-<name>-<n>}, started as tasks arrive, as many
 * as the spec's formula gives for this machine's cores; or, for {@code VIRTUAL} on JDK 21+, a
 * virtual thread per task; or, for {@code ADAPTIVE}, as many as the measured wait ratio calls
 * for (see {@link AdaptiveSizer}).
 *
 * <h2>Shutdown</h2>
 *
 * {@link #shutdown()} refuses new tasks and lets every accepted one run;
 * {@link #awaitTermination} waits for them. {@link TaskPools#shutdownAll} does both for every pool.
 */
public final class TaskPool {
  private static final System.Logger LOG = System.getLogger("dev.shuttle.async");
  /** Every pool until a new pool of its name replaces it, for the registry. */
  private static final LiveObjects<TaskPool> LIVE =
      LiveObjects.of(ShuttleObject.Kind.TASK_POOL, TaskPool::name, pool -> null, TaskPool::stats);

  private final String name;
  private final PoolSpec spec;
  private final Room room;
  private final Workers workers;
  private final LongAdder waits = new LongAdder();
  private final LongAdder refused = new LongAdder();
  private final LongAdder failed = new LongAdder();
  private final WeakRegistry.Registration<TaskPool> registration;

  /** The body of a fire-and-forget task: a {@code void} method, which may declare exceptions. */
  @FunctionalInterface
  public interface Action {
    void run() throws Exception;
  }

  TaskPool(String name, PoolSpec spec) {
    this(name, spec, Runtime.getRuntime().availableProcessors(), TaskClock.of(ShuttleClock.current()));
  }

  /** @param clock what {@code ADAPTIVE} measures tasks with; {@code null} if thread CPU time cannot be measured */
  TaskPool(String name, PoolSpec spec, int cores, TaskClock clock) {
    this.name = Objects.requireNonNull(name, "name");
    this.spec = Objects.requireNonNull(spec, "spec");
    this.room = new Room(spec.queue());
    this.workers = workers(cores, clock);
    this.registration = LIVE.register(this);
  }

  /** A pool whose tasks run on {@code executor} instead of threads of its own (a test's, see {@link TaskPools#install}). */
  TaskPool(String name, PoolSpec spec, Executor executor) {
    this.name = Objects.requireNonNull(name, "name");
    this.spec = Objects.requireNonNull(spec, "spec");
    this.room = new Room(spec.queue());
    this.workers = new ExecutorWorkers(name, Objects.requireNonNull(executor, "executor"), room);
    this.registration = LIVE.register(this);
  }

  private Workers workers(int cores, TaskClock clock) {
    int threads = spec.threadsFor(cores);
    if (spec.sizing() == Sizing.VIRTUAL) {
      if (VirtualThreads.available()) {
        return new VirtualWorkers(name, room);
      }
      LOG.log(System.Logger.Level.INFO, () -> "Pool \"" + name + "\" asked for virtual threads, which need JDK 21 or "
          + "newer; it runs on " + threads + " platform threads (IO_BOUND, waitRatio " + spec.waitRatio() + ") instead.");
    }
    if (spec.sizing() == Sizing.ADAPTIVE) {
      if (clock != null) {
        AdaptiveSizer sizer = new AdaptiveSizer(clock, cores, cores, spec.maxThreadsFor(cores), threads);
        return new PlatformWorkers(name, sizer.size(), room, sizer);
      }
      LOG.log(System.Logger.Level.INFO, () -> "Pool \"" + name + "\" is ADAPTIVE, but this JVM cannot measure "
          + "thread CPU time; it keeps " + threads + " threads (2 x cores).");
    }
    return new PlatformWorkers(name, threads, room, null);
  }

  /**
   * Runs {@code body} on the pool and returns at once.
   *
   * @return completes as the stage {@code body} returns completes, with the same value or
   *     exception; fails with what {@code body} threw; fails with {@link RejectedExecutionException}
   *     or {@link WaitInterruptedException} if the pool refused the task. Cancelling it before the
   *     task starts skips {@code body}.
   */
  public <T> CompletableFuture<T> submit(Callable<? extends CompletionStage<T>> body) {
    return submit(body, -1);
  }

  /**
   * {@link #submit(Callable)}, waiting at most {@code maxWaitNanos} for room in a full
   * {@code BLOCK} queue; after that the future fails with {@link RejectedExecutionException}.
   */
  public <T> CompletableFuture<T> submit(Callable<? extends CompletionStage<T>> body, long maxWaitNanos) {
    AsyncTask<T> task = new AsyncTask<>(Objects.requireNonNull(body, "body"));
    try {
      admit(task, maxWaitNanos);
    } catch (RejectedExecutionException | WaitInterruptedException refusal) {
      task.completeExceptionally(refusal);
    }
    return task;
  }

  /**
   * Runs {@code body} on the pool, fire and forget: if it throws, the failure goes to the
   * {@linkplain TaskPools#setFailureHandler failure handler}, named {@code task}.
   *
   * @throws RejectedExecutionException if the queue is full ({@code REJECT}) or the pool shut down
   * @throws WaitInterruptedException if the caller was interrupted while it waited for room; the
   *     interrupt flag is set again
   */
  public void execute(String task, Action body) {
    execute(task, body, -1);
  }

  /** {@link #execute(String, Action)}, waiting at most {@code maxWaitNanos} for room in a full {@code BLOCK} queue. */
  public void execute(String task, Action body, long maxWaitNanos) {
    admit(new FireAndForget(this, task, Objects.requireNonNull(body, "body")), maxWaitNanos);
  }

  /** Accepts no new task; every accepted one still runs. Idempotent. */
  public void shutdown() {
    workers.shutdown();
  }

  public boolean isShutdown() {
    return workers.isShutdown();
  }

  /** Leaves the registry: {@link TaskPools} made a new pool of this name in place of this shut-down one. */
  void replaced() {
    LIVE.unregister(registration);
  }

  /** Waits until every accepted task has ended (after {@link #shutdown()}); {@code false} if {@code timeout} ran out. */
  public boolean awaitTermination(Duration timeout) throws InterruptedException {
    return workers.awaitTermination(timeout.toNanos());
  }

  public String name() {
    return name;
  }

  public PoolSpec spec() {
    return spec;
  }

  /** The number of threads now: the formula's, or for {@code ADAPTIVE} the current size. */
  public int threads() {
    return workers.threads();
  }

  public TaskPoolStats stats() {
    int queued = workers instanceof VirtualWorkers ? 0 : Math.max(0, spec.queue() - room.free());
    return new TaskPoolStats(name, spec, workers.threads(), workers.active(), queued, waits.sum(), refused.sum(),
        failed.sum(), workers.isShutdown());
  }

  @Override
  public String toString() {
    return "TaskPool[\"" + name + "\", " + spec + "]";
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Hands {@code task} to the workers once it has a place in the queue.
   *
   * @param maxWaitNanos how long a {@code BLOCK} caller may wait for room; negative: as long as it takes
   */
  void admit(Runnable task, long maxWaitNanos) {
    if (!room.tryTake()) {
      awaitRoom(maxWaitNanos);
    }
    try {
      workers.execute(task);
    } catch (RejectedExecutionException shutDown) {
      room.give();
      throw refusal(shutDown());
    }
  }

  private void awaitRoom(long maxWaitNanos) {
    if (workers.isShutdown()) {
      throw refusal(shutDown());
    }
    if (ShuttleThread.isCurrent()) {
      room.force(); // already accepted work, handed on: never make the pool wait on itself
      return;
    }
    if (spec.overflow() == Overflow.REJECT) {
      throw refusal("is full: " + spec.queue() + " tasks are waiting for a thread");
    }
    waits.increment();
    PoolWaitEvent event = FlightRecording.begin(PoolWaitEvent::new);
    boolean gaveUp = true; // until room is taken
    try {
      if (maxWaitNanos < 0) {
        room.take();
      } else if (!room.take(maxWaitNanos)) {
        throw refusal("stayed full (" + spec.queue() + " tasks waiting) for " + maxWaitNanos + " ns");
      }
      gaveUp = false;
    } catch (InterruptedException e) {
      refused.increment();
      Thread.currentThread().interrupt();
      throw new WaitInterruptedException("Interrupted while waiting for room in the queue of pool \"" + name + "\"", e);
    } finally {
      if (event != null) {
        event.end();
        if (event.shouldCommit()) {
          event.pool = name;
          event.gaveUp = gaveUp;
          event.commit();
        }
      }
    }
  }

  private static String shutDown() {
    return ShutdownState.isShutDown() ? "is shut down (" + ShutdownState.SHUT_DOWN + ")" : "is shut down";
  }

  private RejectedExecutionException refusal(String why) {
    refused.increment();
    return new RejectedExecutionException("Pool \"" + name + "\" " + why);
  }

  /** A fire-and-forget task threw: tell the handler, and keep the worker running. */
  void unhandled(String task, Throwable failure) {
    failed.increment();
    if (FlightRecording.running()) {
      AsyncFailureEvent.emit(name, task, failure);
    }
    try {
      TaskPools.failureHandler().failed(task, failure);
    } catch (Throwable handlerFailure) {
      LOG.log(System.Logger.Level.WARNING, () -> "The async failure handler itself failed on " + task,
          Failures.handlerFailed(handlerFailure, failure));
    }
  }
}
