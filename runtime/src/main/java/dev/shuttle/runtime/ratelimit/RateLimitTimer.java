package dev.shuttle.runtime.ratelimit;

import dev.shuttle.runtime.ShuttleClock;
import dev.shuttle.runtime.context.ContextSnapshot;
import dev.shuttle.runtime.context.Contexts;
import dev.shuttle.runtime.internal.ContextHandoff;
import dev.shuttle.runtime.internal.Failures;
import dev.shuttle.runtime.internal.ShuttleThread;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Starts asynchronous rate-limited calls when their permits come due: one daemon thread,
 * {@code shuttle-ratelimit-timer}, shared by every limiter on the system clock and created on
 * first use (a limiter on a test's clock uses that clock's timer). Calls run on
 * it, so they should start their work and return its stage quickly. It is a {@link ShuttleThread}:
 * a call that hands its work to a {@code TaskPool} ({@code @Async} under {@code @RateLimited})
 * never makes it wait for room in the pool's queue. A call that waits for its permit runs with the
 * context ({@link Contexts}) its caller's thread had when it asked.
 */
final class RateLimitTimer {
  private RateLimitTimer() {}

  /** Starts {@code call} {@code delayNanos} from now on {@code clock}: on the timer thread, or as a test's clock runs its actions. */
  static <T> void schedule(ShuttleClock clock, Callable<? extends CompletionStage<T>> call, CompletableFuture<T> result,
      long delayNanos) {
    DueCall<T> due = new DueCall<>(call, result, Contexts.capture()); // on the caller's thread
    if (clock == ShuttleClock.system()) {
      Holder.TIMER.schedule(due, delayNanos, TimeUnit.NANOSECONDS);
    } else {
      clock.schedule(due, delayNanos);
    }
  }

  /** Runs {@code call} on the caller's thread and mirrors its stage into {@code result}, exceptions unchanged. */
  static <T> void start(Callable<? extends CompletionStage<T>> call, CompletableFuture<T> result) {
    start(call, result, null);
  }

  /** {@link #start(Callable, CompletableFuture)} with {@code context} restored around the call. */
  private static <T> void start(
      Callable<? extends CompletionStage<T>> call, CompletableFuture<T> result, ContextSnapshot context) {
    CompletionStage<T> stage;
    try {
      stage = ContextHandoff.call(context, call);
    } catch (Throwable failure) {
      result.completeExceptionally(failure);
      return;
    }
    if (stage == null) {
      result.completeExceptionally(new NullPointerException(
          "A rate-limited method returned null instead of a CompletionStage"));
      return;
    }
    stage.whenComplete((value, failure) -> {
      if (failure == null) {
        result.complete(value);
      } else {
        result.completeExceptionally(Failures.unwrap(failure));
      }
    });
  }

  private static final class DueCall<T> implements Runnable {
    private final Callable<? extends CompletionStage<T>> call;
    private final CompletableFuture<T> result;
    private final ContextSnapshot context;

    DueCall(Callable<? extends CompletionStage<T>> call, CompletableFuture<T> result, ContextSnapshot context) {
      this.call = call;
      this.result = result;
      this.context = context;
    }

    @Override
    public void run() {
      if (!result.isDone()) { // cancelled by the caller meanwhile: skip the call
        start(call, result, context);
      }
    }
  }

  private static final class Holder {
    static final ScheduledThreadPoolExecutor TIMER = newTimer();

    private static ScheduledThreadPoolExecutor newTimer() {
      ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1,
          runnable -> new ShuttleThread(runnable, "shuttle-ratelimit-timer"));
      timer.setRemoveOnCancelPolicy(true);
      return timer;
    }
  }
}
