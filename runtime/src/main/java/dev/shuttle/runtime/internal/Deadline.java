package dev.shuttle.runtime.internal;

import dev.shuttle.runtime.WaitInterruptedException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One timeout shared by the steps of a graceful stop: each step waits only for what is left of it. */
public final class Deadline {
  private final long at; // System.nanoTime()

  private Deadline(long at) {
    this.at = at;
  }

  /**
   * The deadline {@code timeout} from now.
   *
   * @throws IllegalArgumentException if {@code timeout} is negative
   */
  public static Deadline in(Duration timeout) {
    return new Deadline(System.nanoTime() + requireNonNegative(timeout).toNanos());
  }

  /** @throws IllegalArgumentException if {@code timeout} is negative */
  public static Duration requireNonNegative(Duration timeout) {
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative: " + timeout);
    }
    return timeout;
  }

  /** What is left, zero once it has passed. */
  public Duration remaining() {
    return Duration.ofNanos(Math.max(0, at - System.nanoTime()));
  }

  /**
   * Waits until every one of {@code futures} is done, a failed one included, or the deadline
   * passes.
   *
   * @return whether all were done in time
   * @throws WaitInterruptedException if interrupted, the flag set again; {@code waitingFor} says
   *     for what, as in "actors to stop"
   */
  public boolean awaitAll(List<? extends CompletableFuture<?>> futures, String waitingFor) {
    try {
      CompletableFuture.allOf(futures.toArray(CompletableFuture<?>[]::new))
          .get(remaining().toNanos(), TimeUnit.NANOSECONDS);
      return true;
    } catch (ExecutionException oneFailed) {
      return true; // allOf fails only once every future is done
    } catch (TimeoutException late) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WaitInterruptedException("Interrupted while waiting for " + waitingFor, e);
    }
  }
}
