package dev.shuttle;

/** What a background worker (an actor) does after user code it ran threw with no caller to tell. */
public enum FailurePolicy {
  /** Report the failure and go on with the next message. */
  RESUME,
  /**
   * Report the failure and stop: later sends are refused, and messages still in the mailbox are
   * refused loudly (asks fail with {@code ActorStoppedException}, tells are reported as dead letters).
   */
  STOP
}
