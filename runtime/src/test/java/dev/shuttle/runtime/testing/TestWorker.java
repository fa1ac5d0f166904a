package dev.shuttle.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A daemon thread that runs one step of a test and keeps what it threw. Waits are bounded (10 s)
 * only so that a deadlock fails the test instead of hanging the build; nothing asserts on timing.
 */
public final class TestWorker {
  private static final long BOUND_SECONDS = 10;

  /** A step that may throw anything; what it throws fails {@link #join()}. */
  public interface Body {
    void run() throws Exception;
  }

  private final Thread thread;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  private TestWorker(Body body) {
    thread = new Thread(() -> {
      try {
        body.run();
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "test-worker");
    thread.setDaemon(true);
  }

  public static TestWorker start(Body body) {
    TestWorker worker = new TestWorker(body);
    worker.thread.start();
    return worker;
  }

  public Thread thread() {
    return thread;
  }

  /** Waits for the step to end, and rethrows what it threw. */
  public void join() throws Exception {
    thread.join(TimeUnit.SECONDS.toMillis(BOUND_SECONDS));
    if (thread.isAlive()) {
      fail("still running after " + BOUND_SECONDS + " s (deadlock?)\n" + stackOf(thread));
    }
    Throwable t = failure.get();
    if (t instanceof Error) {
      throw (Error) t;
    }
    if (t != null) {
      throw new AssertionError("the worker failed", t);
    }
  }

  /** Waits until the worker is parked in a lock (a wait that the test asserts nothing on). */
  public void awaitParked() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
    while (thread.getState() != Thread.State.WAITING || LockSupport.getBlocker(thread) == null) {
      if (System.nanoTime() > deadline) {
        fail("never blocked: " + thread.getState() + "\n" + stackOf(thread));
      }
      assertNull(failure.get());
      Thread.onSpinWait();
      Thread.yield();
    }
  }

  private static String stackOf(Thread thread) {
    StringBuilder s = new StringBuilder();
    for (StackTraceElement e : thread.getStackTrace()) {
      s.append("  at ").append(e).append('\n');
    }
    return s.toString();
  }
}
