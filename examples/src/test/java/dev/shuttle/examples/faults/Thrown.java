package dev.shuttle.examples.faults;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a call threw, whatever it was. JUnit's {@code assertThrows} will not do: it rethrows an
 * {@link OutOfMemoryError} as unrecoverable, and the test run ends.
 */
final class Thrown {
  private static final long WAIT_SECONDS = 30;

  private Thrown() {}

  @FunctionalInterface
  interface Call {
    void run() throws Throwable;
  }

  /** Checks that {@code future} fails with the very throwable user code noted in {@code thrown}. */
  static void assertFailsUnchanged(AtomicReference<Throwable> thrown, Future<?> future) {
    Throwable failure = failureOf(future);
    assertSame(thrown.get(), failure);
  }

  /** What {@code future} failed with, out of its {@code ExecutionException}; the test fails if it did not fail. */
  static Throwable failureOf(Future<?> future) {
    Throwable failure = by(() -> future.get(WAIT_SECONDS, TimeUnit.SECONDS));
    return assertInstanceOf(ExecutionException.class, failure).getCause();
  }

  /** Checks that {@code call} throws the very throwable user code noted in {@code thrown}. */
  static void assertArrivesUnchanged(AtomicReference<Throwable> thrown, Call call) {
    Throwable received = by(call);
    assertSame(thrown.get(), received);
  }

  /** What {@code call} returned; anything it threw fails the test, as the cause of an {@link AssertionError}. */
  static <T> T nothingBy(Callable<T> call) {
    try {
      return call.call();
    } catch (Throwable thrown) {
      throw new AssertionError("the call threw " + thrown, thrown);
    }
  }

  static Throwable by(Call call) {
    Throwable thrown = byOrNull(call);
    if (thrown == null) {
      throw new AssertionError("the call threw nothing");
    }
    return thrown;
  }

  /** What {@code call} threw, or {@code null} if it returned. */
  static Throwable byOrNull(Call call) {
    try {
      call.run();
      return null;
    } catch (Throwable thrown) {
      return thrown;
    }
  }
}
