package dev.shuttle.runtime.pipeline;

import dev.shuttle.runtime.context.ContextScope;
import dev.shuttle.runtime.context.ContextSnapshot;
import dev.shuttle.runtime.context.Contexts;
import dev.shuttle.runtime.internal.ContextHandoff;

/**
 * An item in a stage's queue together with the context ({@link Contexts}) of the thread that put
 * it there. Only while something is carried is an item wrapped: with no decorator registered the
 * queue holds the user's items themselves.
 *
 * <p>A stage's queue is a {@code BoundedQueue<I>} of the user's item type; a wrapper goes into it
 * as an {@code I} by an unchecked cast, which erasure makes safe: the queue and the worker's loop
 * only pass elements on, and every element is unwrapped ({@link #item}) before the stage method,
 * whose bridge casts it to {@code I}, sees it.
 */
final class ContextualItem {
  private final Object item;
  private final ContextSnapshot context;

  private ContextualItem(Object item, ContextSnapshot context) {
    this.item = item;
    this.context = context;
  }

  /** What goes into the queue for {@code item}: itself, or it and this thread's context. */
  @SuppressWarnings("unchecked")
  static <I> I carry(I item) {
    ContextSnapshot context = Contexts.capture();
    return context == null ? item : (I) new ContextualItem(item, context);
  }

  /** The user's item of what a queue held. */
  @SuppressWarnings("unchecked")
  static <I> I item(I queued) {
    return queued instanceof ContextualItem carried ? (I) carried.item : queued;
  }

  /** Restores the context {@code queued} carries, if any; see {@link ContextHandoff#restore}. */
  static ContextScope restore(Object queued) {
    return queued instanceof ContextualItem carried ? carried.context.restore() : null;
  }
}
