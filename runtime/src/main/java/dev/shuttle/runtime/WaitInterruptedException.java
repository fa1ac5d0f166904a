package dev.shuttle.runtime;

/**
 * The thread was interrupted while a Shuttle guard made it wait (for room in a mailbox, a
 * rate-limit permit, a lock) inside a method that cannot throw {@link InterruptedException}.
 * The call did not happen, and the thread's interrupt flag is set again.
 */
public class WaitInterruptedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WaitInterruptedException(String message, InterruptedException cause) {
    super(message, cause);
  }
}
