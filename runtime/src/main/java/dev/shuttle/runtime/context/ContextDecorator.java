package dev.shuttle.runtime.context;

/**
 * Carries one kind of thread-bound context (a logging MDC, a tracing context, a tenant or
 * principal) from the thread that hands work to Shuttle to the thread that runs it: the shape of
 * Spring's {@code TaskDecorator} and Micrometer's {@code ContextSnapshot}. Register it with
 * {@link Contexts#register}.
 *
 * <p>{@link #capture()} runs on the handing-over thread, at the moment the work is handed over (an
 * {@code @Async} call, an actor send, a pipeline put; docs/context.md lists each pattern). The
 * snapshot it returns is restored on the thread that runs the work, just before it, and the
 * {@link ContextScope} that restoring returned is closed on that thread just after it, however the
 * work ends.
 */
@FunctionalInterface
public interface ContextDecorator {

  /**
   * Takes what this thread's context is now. Called on the thread that hands work over, once per
   * hand-over; keep it cheap, and do not change the thread's context here.
   *
   * @return what to restore around the work, or {@code null} to carry nothing: then the work runs
   *     with whatever the running thread has. Return a snapshot that clears the context (as the
   *     MDC decorator does for an empty MDC) where the work must not see a stale one. An exception
   *     thrown here is thrown to the caller handing the work over (an actor ask, which reports
   *     refusals in its future, fails its future instead), and the work is not handed over.
   */
  ContextSnapshot capture();
}
