package dev.shuttle;

/** What a call guarded by {@link RateLimited} does when no permit is available yet. */
public enum OnLimit {
  /**
   * The caller waits until its permit is due (at most {@link RateLimited#maxWait()}, when set).
   * The wait responds to interrupts. A method returning {@code CompletionStage} or
   * {@code CompletableFuture} never blocks: its body runs when the permit is due.
   */
  WAIT,
  /**
   * The call is refused at once with {@code RateLimitExceededException}, which says how long
   * until the next permit (or, for a method returning a future, the future fails with it).
   */
  FAIL
}
