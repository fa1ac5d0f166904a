package dev.shuttle.runtime.context;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The context decorators of this JVM: what every piece of work Shuttle hands to another thread
 * carries from the thread that handed it over (docs/context.md lists what each pattern captures
 * when). None is registered at first, and while none is, handing work over captures nothing and
 * allocates nothing.
 *
 * <pre>{@code
 * Contexts.register(() -> {
 *   String tenant = Tenant.current();                  // on the caller's thread
 *   return () -> {                                     // on the thread that runs the work
 *     String previous = Tenant.set(tenant);
 *     return () -> Tenant.set(previous);               // after the work, however it ended
 *   };
 * });
 * }</pre>
 *
 * <p>Several decorators compose in the order they were registered: each captures in that order,
 * each restores in that order, and their scopes close in the reverse order, as nested
 * {@code try} blocks would. A registration or removal applies to work handed over from then on;
 * work already handed over restores what it captured.
 */
public final class Contexts {
  private static final ContextDecorator[] NONE = {};

  /** Copied on write, so that a hand-over reads it with one volatile load and no lock. */
  private static volatile ContextDecorator[] decorators = NONE;

  private Contexts() {}

  /**
   * Adds {@code decorator} after the ones registered already.
   *
   * @throws IllegalArgumentException if this decorator is registered already
   */
  public static synchronized void register(ContextDecorator decorator) {
    Objects.requireNonNull(decorator, "decorator");
    ContextDecorator[] now = decorators;
    if (indexOf(now, decorator) >= 0) {
      throw new IllegalArgumentException("Context decorator " + decorator + " is registered already");
    }
    ContextDecorator[] next = Arrays.copyOf(now, now.length + 1);
    next[now.length] = decorator;
    decorators = next;
  }

  /**
   * Removes {@code decorator}: work handed over from now on does not carry its context.
   *
   * @return whether it was registered
   */
  public static synchronized boolean unregister(ContextDecorator decorator) {
    ContextDecorator[] now = decorators;
    int index = indexOf(now, decorator);
    if (index < 0) {
      return false;
    }
    ContextDecorator[] next = new ContextDecorator[now.length - 1];
    System.arraycopy(now, 0, next, 0, index);
    System.arraycopy(now, index + 1, next, index, next.length - index);
    decorators = next;
    return true;
  }

  /** The registered decorators, in registration order. */
  public static List<ContextDecorator> registered() {
    return List.of(decorators);
  }

  /**
   * What the registered decorators capture on this thread now, as one snapshot; for work a user
   * hands to a thread of their own. {@link #wrap} does it for a {@code Runnable}.
   *
   * @return {@code null} if no decorator is registered or none had anything to carry
   */
  public static ContextSnapshot capture() {
    ContextDecorator[] all = decorators;
    if (all.length == 0) {
      return null;
    }
    return all.length == 1 ? all[0].capture() : CompositeSnapshot.capture(all);
  }

  /**
   * {@code task} with this thread's context, captured now, restored around it wherever it runs:
   * for an executor of the user's own. {@code task} itself when there is nothing to carry.
   */
  public static Runnable wrap(Runnable task) {
    Objects.requireNonNull(task, "task");
    ContextSnapshot context = capture();
    return context == null ? task : new ContextualRunnable(context, task);
  }

  private static int indexOf(ContextDecorator[] all, ContextDecorator decorator) {
    for (int i = 0; i < all.length; i++) {
      if (all[i] == decorator) {
        return i;
      }
    }
    return -1;
  }
}
