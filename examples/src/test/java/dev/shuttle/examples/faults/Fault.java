package dev.shuttle.examples.faults;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The throwables beyond exceptions that user code throws, one per row of {@code docs/faults.md}.
 * Each is thrown anew and noted first, so that a test can check that the very same instance
 * arrived where the table says.
 */
enum Fault {
  /** A real one: the body recurses until the JVM runs out of stack. */
  STACK_OVERFLOW,
  /** Thrown by user code, as a library does when a buffer cannot grow; the heap itself is fine. */
  OUT_OF_MEMORY,
  /** An {@code Error} subclass of the user's own. */
  USER_ERROR,
  /** Thrown by user code that nobody interrupted. */
  INTERRUPTED;

  /** What user code throws for {@link #USER_ERROR}. */
  static final class UserError extends Error {
    private static final long serialVersionUID = 1L;

    UserError() {
      super("an Error subclass of the user's");
    }
  }

  /** The class of what this fault throws. */
  Class<? extends Throwable> type() {
    return switch (this) {
      case STACK_OVERFLOW -> StackOverflowError.class;
      case OUT_OF_MEMORY -> OutOfMemoryError.class;
      case USER_ERROR -> UserError.class;
      case INTERRUPTED -> InterruptedException.class;
    };
  }

  /** Throws this fault, after noting the instance in {@code thrown}; never returns, whatever the type. */
  <T> T raise(AtomicReference<Throwable> thrown) throws InterruptedException {
    Throwable fault = create();
    thrown.set(fault);
    if (fault instanceof InterruptedException interrupted) {
      throw interrupted;
    }
    throw (Error) fault;
  }

  private Throwable create() {
    return switch (this) {
      case STACK_OVERFLOW -> overflow();
      case OUT_OF_MEMORY -> new OutOfMemoryError("thrown by user code");
      case USER_ERROR -> new UserError();
      case INTERRUPTED -> new InterruptedException("thrown by user code that nobody interrupted");
    };
  }

  private static StackOverflowError overflow() {
    try {
      bottomless(0);
    } catch (StackOverflowError overflow) {
      return overflow;
    }
    throw new AssertionError("a recursion without end returned");
  }

  private static int bottomless(int depth) {
    return bottomless(depth + 1) + 1;
  }
}
