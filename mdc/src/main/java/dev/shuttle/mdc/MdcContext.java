package dev.shuttle.mdc;

import dev.shuttle.runtime.context.ContextDecorator;
import dev.shuttle.runtime.context.ContextScope;
import dev.shuttle.runtime.context.ContextSnapshot;
import dev.shuttle.runtime.context.Contexts;
import java.util.Map;
import org.slf4j.MDC;

/**
 * Carries SLF4J's {@link MDC} with the work Shuttle hands to other threads: an {@code @Async} call,
 * a {@code @Race} source, an actor message, a pipeline item, a rate-limited call that waits for its
 * permit, a {@code @Phased} party (docs/context.md says what each carries when). Install it once, at
 * startup:
 *
 * <pre>{@code
 * MdcContext.install();
 * MDC.put("requestId", id);
 * client.fetch(url);   // an @Async method: its log lines have requestId too
 * }</pre>
 *
 * <p>The work sees exactly the MDC its caller had when it handed the work over, a copy taken then:
 * the keys the caller had, and no others, even on a thread that had keys of its own. Once the work
 * has ended, however it ended, that thread has its own MDC back, so keys the work put never leak
 * into the next task on the thread. A caller with an empty MDC hands over an empty one, and that
 * costs no allocation.
 */
public final class MdcContext implements ContextDecorator {
  private static final MdcContext INSTANCE = new MdcContext();

  /** What a caller with an empty MDC hands over: an empty MDC. */
  private static final ContextSnapshot EMPTY = () -> replaceWith(null);

  /** What puts back a thread's MDC that was empty. */
  private static final ContextScope CLEAR = MDC::clear;

  private MdcContext() {}

  /**
   * Registers the MDC decorator with {@link Contexts}, after any registered already. Calling it
   * again does nothing.
   *
   * @return whether this call registered it
   */
  public static synchronized boolean install() {
    if (isInstalled()) {
      return false;
    }
    Contexts.register(INSTANCE);
    return true;
  }

  /**
   * Removes the MDC decorator: work handed over from now on carries no MDC.
   *
   * @return whether it was installed
   */
  public static synchronized boolean uninstall() {
    return Contexts.unregister(INSTANCE);
  }

  public static boolean isInstalled() {
    return Contexts.registered().contains(INSTANCE);
  }

  /** The MDC of this thread, copied now. */
  @Override
  public ContextSnapshot capture() {
    Map<String, String> copy = MDC.getCopyOfContextMap();
    return copy == null || copy.isEmpty() ? EMPTY : () -> replaceWith(copy);
  }

  /** Makes {@code captured} (null: nothing) this thread's MDC, and returns what puts back the one it had. */
  private static ContextScope replaceWith(Map<String, String> captured) {
    Map<String, String> previous = MDC.getCopyOfContextMap();
    if (captured == null) {
      MDC.clear();
    } else {
      MDC.setContextMap(captured); // copies it: the snapshot stays as captured, for other restores
    }
    return previous == null || previous.isEmpty() ? CLEAR : () -> MDC.setContextMap(previous);
  }

  @Override
  public String toString() {
    return "MdcContext";
  }
}
