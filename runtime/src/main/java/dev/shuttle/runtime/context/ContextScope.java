package dev.shuttle.runtime.context;

/**
 * Undoes one {@link ContextSnapshot#restore()}: closed on the thread that ran the work, right after
 * it, whether it returned or threw. An exception thrown here does not change the work's outcome: it
 * is logged to {@code System.Logger} {@code dev.shuttle.context} at {@code WARNING}.
 */
@FunctionalInterface
public interface ContextScope extends AutoCloseable {

  /** Puts back the context the thread had before the restore. */
  @Override
  void close();
}
