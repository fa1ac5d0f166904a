package dev.shuttle.runtime.context;

/**
 * What a {@link ContextDecorator} captured on the handing-over thread. It may be restored more
 * than once, and on several threads at once: the sources of one {@code @Race} and the parties of
 * one {@code @Phased} run all restore the one snapshot their caller's thread took. So it must not
 * change once captured.
 */
@FunctionalInterface
public interface ContextSnapshot {

  /**
   * Makes the captured context the running thread's, just before the work runs on it.
   *
   * @return what puts back the thread's own context once the work has ended; {@code null} if there
   *     is nothing to put back. An exception thrown here fails the work as if it had thrown it, and
   *     the work does not run.
   */
  ContextScope restore();
}
