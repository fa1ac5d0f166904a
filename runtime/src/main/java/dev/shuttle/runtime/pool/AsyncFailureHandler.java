package dev.shuttle.runtime.pool;

/**
 * Receives the failures of fire-and-forget ({@code void}) {@code @Async} methods, which have no
 * caller to tell. Set it with {@link TaskPools#setFailureHandler}; the default logs to
 * {@code System.Logger} {@code dev.shuttle.async} at {@code WARNING}. It runs on the pool thread
 * that ran the task; if it throws, that is logged too, and the pool goes on.
 */
@FunctionalInterface
public interface AsyncFailureHandler {

  /**
   * @param task the method that failed, e.g. {@code Thumbnailer.index}
   * @param failure what it threw, unchanged
   */
  void failed(String task, Throwable failure);
}
