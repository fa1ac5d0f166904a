package dev.shuttle.examples.faults;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a call threw, whatever it was. JUnit's {@code assertThrows} will not do: it rethrows an
 * {@link OutOfMemoryError} as unrecoverable, and the test run ends.
 */
final class Thrown {
  private Thrown() {}

  @FunctionalInterface
  interface Call {
    void run() throws Throwable;
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
