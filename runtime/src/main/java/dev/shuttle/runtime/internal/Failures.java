package dev.shuttle.runtime.internal;

import dev.shuttle.runtime.InternalApi;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Small helpers that keep user exceptions unchanged on their way back to the caller. */
@InternalApi
public final class Failures {
  private Failures() {}

  /**
   * The exception user code threw, without the {@link CompletionException} or
   * {@link ExecutionException} wrappers that futures add on the way.
   */
  public static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /**
   * What a failure handler threw while it handled {@code handled}, with {@code handled} suppressed
   * in it, for the log. A handler that rethrew the very failure it was given gets nothing added:
   * {@code addSuppressed} refuses to suppress a throwable in itself, and that refusal thrown from
   * the handler's handler would end the worker.
   */
  public static Throwable handlerFailed(Throwable handlerFailure, Throwable handled) {
    if (handlerFailure != handled) {
      handlerFailure.addSuppressed(handled);
    }
    return handlerFailure;
  }

  /**
   * Throws {@code failure} as it is, checked or not, without declaring it: to rethrow on the
   * caller's thread what a user method threw on another, in a call whose signature declares the
   * same exceptions. Written {@code throw Failures.sneakyThrow(e)} so the compiler sees the throw.
   */
  public static RuntimeException sneakyThrow(Throwable failure) {
    throw Failures.<RuntimeException>uncheckedThrow(failure);
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T uncheckedThrow(Throwable failure) throws T {
    throw (T) failure;
  }
}
