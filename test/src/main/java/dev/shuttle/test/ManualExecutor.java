package dev.shuttle.test;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * An executor that runs nothing until the test says so, then runs it on the test's own thread,
 * one task at a time, in the order submitted: actors and pools in a test become a sequence of
 * steps the test takes and checks between.
 *
 * <p>Give it to an actor, {@code FooActor.spawn(foo, executor)}: each {@link #runNext()} is one
 * turn of one actor. Installed by {@link ShuttleTestExtension} (or
 * {@code TaskPools.install}), it also runs the tasks of every pool asked for meanwhile: the
 * {@code @Async} and {@code @Race} methods of classes the test creates.
 *
 * <p>Any thread may submit; the test runs. A task that throws makes {@link #runNext()} throw it.
 */
public final class ManualExecutor implements Executor {
  /** More tasks than this in one {@link #runAll()} means tasks that submit tasks without end. */
  private static final int MAX_TASKS_PER_RUN_ALL = 1_000_000;

  private final ArrayDeque<Runnable> queue = new ArrayDeque<>(); // guarded by this
  private long ran; // guarded by this

  @Override
  public synchronized void execute(Runnable task) {
    queue.add(Objects.requireNonNull(task, "task"));
  }

  /**
   * Runs the oldest queued task on the calling thread.
   *
   * @return whether there was one
   */
  public boolean runNext() {
    Runnable next;
    synchronized (this) {
      next = queue.poll();
      if (next == null) {
        return false;
      }
      ran++;
    }
    next.run();
    return true;
  }

  /**
   * Runs queued tasks until none is left, those they submit included.
   *
   * @return how many ran
   * @throws IllegalStateException if the tasks never stop submitting more
   */
  public int runAll() {
    int count = 0;
    while (runNext()) {
      if (++count >= MAX_TASKS_PER_RUN_ALL && !isIdle()) {
        throw new IllegalStateException("More than " + MAX_TASKS_PER_RUN_ALL + " tasks ran in one runAll of " + this
            + ": do tasks submit tasks without end (an actor telling itself)?");
      }
    }
    return count;
  }

  /** Tasks queued and not run yet. */
  public synchronized int pending() {
    return queue.size();
  }

  /** Whether no task is queued. */
  public synchronized boolean isIdle() {
    return queue.isEmpty();
  }

  /** Tasks run so far. */
  public synchronized long ran() {
    return ran;
  }

  @Override
  public synchronized String toString() {
    return "ManualExecutor[pending=" + queue.size() + ", ran=" + ran + "]";
  }
}
