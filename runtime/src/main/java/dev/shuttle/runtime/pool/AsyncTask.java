package dev.shuttle.runtime.pool;

import dev.shuttle.runtime.context.ContextSnapshot;
import dev.shuttle.runtime.context.Contexts;
import dev.shuttle.runtime.internal.ContextHandoff;
import dev.shuttle.runtime.internal.Failures;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;

/**
 * A call to an {@code @Async} method that returns a future: the task the pool runs and the
 * future its caller holds, in one object. It completes as the stage the body returns completes,
 * with the same value or exception ({@code CompletionException} unwrapped). The body runs with the
 * context its caller's thread had when it submitted the task ({@link Contexts}).
 */
final class AsyncTask<T> extends CompletableFuture<T> implements Runnable, BiConsumer<T, Throwable> {
  private final Callable<? extends CompletionStage<T>> body;
  private final ContextSnapshot context;

  /** On the submitting thread. */
  AsyncTask(Callable<? extends CompletionStage<T>> body) {
    this.body = body;
    this.context = Contexts.capture();
  }

  @Override
  public void run() {
    if (isDone()) {
      return; // cancelled before it started: skip the body
    }
    CompletionStage<T> stage;
    try {
      stage = ContextHandoff.call(context, body);
    } catch (Throwable failure) {
      completeExceptionally(failure);
      return;
    }
    if (stage == null) {
      completeExceptionally(new NullPointerException("An @Async method returned null instead of a future"));
    } else if (stage instanceof CompletableFuture<T> future && future.isDone() && !future.isCompletedExceptionally()) {
      complete(future.getNow(null)); // the common case, completedFuture(result): no callback needed
    } else {
      stage.whenComplete(this);
    }
  }

  /** The body's stage completed. */
  @Override
  public void accept(T value, Throwable failure) {
    if (failure == null) {
      complete(value);
    } else {
      completeExceptionally(Failures.unwrap(failure));
    }
  }
}
