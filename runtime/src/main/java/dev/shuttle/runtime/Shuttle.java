package dev.shuttle.runtime;

import dev.shuttle.runtime.actor.Actors;
import dev.shuttle.runtime.actor.StopAllReport;
import dev.shuttle.runtime.internal.Deadline;
import dev.shuttle.runtime.internal.ShutdownState;
import dev.shuttle.runtime.pipeline.PipelineStats;
import dev.shuttle.runtime.pipeline.Pipelines;
import dev.shuttle.runtime.pool.TaskPoolStats;
import dev.shuttle.runtime.pool.TaskPools;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** What concerns every pattern of the process at once: one graceful shutdown, one registry of live objects. */
public final class Shuttle {
  private static final System.Logger LOG = System.getLogger("dev.shuttle");
  /** The timeout of the JVM shutdown hook, once {@link #shutdownOnExit} has installed it. */
  private static final AtomicReference<Duration> ON_EXIT = new AtomicReference<>();

  private Shuttle() {}

  /** Every live Shuttle object of the process, with its name and a snapshot: see {@link ShuttleRegistry}. */
  public static ShuttleRegistry registry() {
    return ShuttleRegistry.INSTANCE;
  }

  /**
   * Shuts everything down gracefully, producers first: every running pipeline closes and drains
   * (its stages may still tell actors and call pools); then every actor stops and handles what it
   * accepted ({@link Actors#stopAll}); then every pool ({@code @Async}, {@code @Race}) runs the
   * tasks it accepted and stops. Waits at most {@code timeout} in all, and reports what did not
   * finish in time, which goes on finishing in the background.
   *
   * <p>It is final for the process: from the moment it begins, a new actor is born stopped, a new
   * pipeline closed, and a pool asked for afterwards comes shut down, all refusing work loudly,
   * so that no work slips in behind the shutdown to a fresh pool nobody would drain. Calling it
   * again stops whatever is left.
   *
   * @throws IllegalArgumentException if {@code timeout} is negative
   * @throws WaitInterruptedException if interrupted while waiting; what was stopped goes on draining
   */
  public static ShutdownReport shutdown(Duration timeout) {
    Deadline deadline = Deadline.in(timeout);
    ShutdownState.markShutDown();
    List<PipelineStats> pipelines = Pipelines.closeAll(deadline.remaining());
    StopAllReport actors = Actors.stopAll(deadline.remaining());
    List<TaskPoolStats> pools;
    try {
      pools = TaskPools.shutdownAndReport(deadline.remaining());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WaitInterruptedException("Interrupted while waiting for pools to finish their tasks", e);
    }
    return new ShutdownReport(pipelines, actors.unfinished(), pools);
  }

  /**
   * Runs {@link #shutdown} with {@code timeout} when the JVM exits (normally, by {@code System.exit}
   * or a signal such as SIGTERM), from a shutdown hook, and logs what did not finish to
   * {@code System.Logger} {@code dev.shuttle} at {@code WARNING}. Installs the hook on the first
   * call; a later call only changes the timeout.
   *
   * @throws IllegalArgumentException if {@code timeout} is negative
   */
  public static void shutdownOnExit(Duration timeout) {
    if (ON_EXIT.getAndSet(Deadline.requireNonNegative(timeout)) == null) {
      Thread hook = new Thread(Shuttle::shutdownForExit, "shuttle-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
    }
  }

  private static void shutdownForExit() {
    ShutdownReport report = shutdown(ON_EXIT.get());
    if (!report.allFinished()) {
      LOG.log(System.Logger.Level.WARNING, () -> "Shuttle.shutdown at exit: not finished in time: " + report);
    }
  }
}
