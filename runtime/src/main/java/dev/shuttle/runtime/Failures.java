package dev.shuttle.runtime;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Small helpers that keep user exceptions unchanged on their way back to the caller. */
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
}
