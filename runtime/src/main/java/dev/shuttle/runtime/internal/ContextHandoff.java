package dev.shuttle.runtime.internal;

import dev.shuttle.runtime.InternalApi;
import dev.shuttle.runtime.context.ContextScope;
import dev.shuttle.runtime.context.ContextSnapshot;
import java.util.concurrent.Callable;

/**
 * The receiving end of a hand-over: restores, on the thread that runs a piece of work, the context
 * its sender captured ({@code Contexts.capture()}, {@code null} when nothing was), and undoes it
 * after. A failure to restore fails the work; a failure to undo is logged, since the work's outcome
 * stands.
 */
@InternalApi
public final class ContextHandoff {
  private static final System.Logger LOG = System.getLogger("dev.shuttle.context");

  private ContextHandoff() {}

  /**
   * Restores {@code context} on this thread.
   *
   * @return what {@link #undo} takes after the work; {@code null} if there is nothing to undo
   */
  public static ContextScope restore(ContextSnapshot context) {
    return context == null ? null : context.restore();
  }

  /** Puts back the thread's own context after the work; never throws. */
  public static void undo(ContextScope restored) {
    if (restored == null) {
      return;
    }
    try {
      restored.close();
    } catch (Throwable failure) {
      LOG.log(System.Logger.Level.WARNING, "A context decorator failed to put back a thread's context after its work",
          failure);
    }
  }

  /** Calls {@code work} with {@code context} restored around it. */
  public static <V> V call(ContextSnapshot context, Callable<V> work) throws Exception {
    if (context == null) {
      return work.call();
    }
    ContextScope restored = context.restore();
    try {
      return work.call();
    } finally {
      undo(restored);
    }
  }
}
