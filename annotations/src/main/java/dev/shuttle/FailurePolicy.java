package dev.shuttle;

/** What a background worker (an actor) does after user code it ran threw with no caller to tell. */
public enum FailurePolicy {
  /** Report the failure and go on with the next message. */
  RESUME,
  /**
   * Report the failure and stop: later sends are refused, and messages still in the mailbox are
   * refused loudly (asks fail with {@code ActorStoppedException}, tells are reported as dead letters).
   */
  STOP,
  /**
   * Report the failure, replace the behaviour with a fresh one from the factory the actor was
   * spawned with ({@code FooActor.spawn(Supplier)}), and go on with the next message: the failed
   * message is dropped, the mailbox and the asks waiting in it are kept. At most
   * {@link Actor#maxRestarts()} restarts within {@link Actor#restartWithinSeconds()}; the next
   * failure stops the actor as {@link #STOP} does. Each restart in that window waits twice as
   * long as the one before, from {@link Actor#restartBackoffMillis()}, before the next message.
   */
  RESTART
}
