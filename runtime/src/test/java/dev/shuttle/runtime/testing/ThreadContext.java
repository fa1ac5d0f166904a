package dev.shuttle.runtime.testing;

import dev.shuttle.runtime.context.ContextDecorator;
import dev.shuttle.runtime.context.ContextSnapshot;
import dev.shuttle.runtime.context.Contexts;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A context decorator over one {@code ThreadLocal<String>}, in the shape of SLF4J's MDC: what the
 * handing-over thread holds (or its absence) is restored around the work, and the running thread's
 * own value put back after it. It counts restores and undos, so that a test sees every restore
 * undone. Register it with {@link #register()}; {@link #close()} removes it.
 */
public final class ThreadContext implements ContextDecorator, AutoCloseable {
  private final ThreadLocal<String> value = new ThreadLocal<>();
  private final AtomicInteger restores = new AtomicInteger();
  private final AtomicInteger undos = new AtomicInteger();

  private ThreadContext() {}

  public static ThreadContext register() {
    ThreadContext context = new ThreadContext();
    Contexts.register(context);
    return context;
  }

  /** This thread's value; {@code null} for none. */
  public String get() {
    return value.get();
  }

  /** Sets this thread's value; {@code null} removes it. */
  public void set(String newValue) {
    if (newValue == null) {
      value.remove();
    } else {
      value.set(newValue);
    }
  }

  @Override
  public ContextSnapshot capture() {
    String captured = value.get();
    return () -> {
      String previous = value.get();
      set(captured);
      restores.incrementAndGet();
      return () -> {
        set(previous);
        undos.incrementAndGet();
      };
    };
  }

  public int restores() {
    return restores.get();
  }

  public int undos() {
    return undos.get();
  }

  @Override
  public void close() {
    Contexts.unregister(this);
  }

  @Override
  public String toString() {
    return "ThreadContext";
  }
}
