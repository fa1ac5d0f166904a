package dev.shuttle.runtime.testing;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An executor that only queues what it is given; the test runs the tasks by hand, on its own
 * thread. So an actor handles nothing between two sends unless the test says so. It can also
 * refuse tasks, as a shut-down executor does.
 */
public final class ManualExecutor implements Executor {
  private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  private final AtomicInteger submitted = new AtomicInteger();
  private volatile boolean refusing;

  @Override
  public void execute(Runnable task) {
    if (refusing) {
      throw new RejectedExecutionException("refusing, as the test asked");
    }
    submitted.incrementAndGet();
    tasks.add(task);
  }

  /** From now on, {@link #execute} throws {@link RejectedExecutionException} (or stops throwing). */
  public void refuse(boolean refuse) {
    refusing = refuse;
  }

  /** Tasks submitted since this executor was created. */
  public int submitted() {
    return submitted.get();
  }

  /** Tasks submitted and not run yet. */
  public int pending() {
    return tasks.size();
  }

  /** Runs the oldest pending task; {@code false} if there was none. */
  public boolean runNext() {
    Runnable task = tasks.poll();
    if (task == null) {
      return false;
    }
    task.run();
    return true;
  }

  /** Runs tasks until none is pending (an actor turn may submit the next one); returns how many ran. */
  public int runAll() {
    int ran = 0;
    while (runNext()) {
      ran++;
    }
    return ran;
  }
}
