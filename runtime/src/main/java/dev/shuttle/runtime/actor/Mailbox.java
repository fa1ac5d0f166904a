package dev.shuttle.runtime.actor;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * An unbounded, lock-free, intrusive multi-producer single-consumer queue of
 * {@link ActorMessage}s (Dmitry Vyukov's design): a producer links its message with one atomic
 * swap of {@code tail}; the single consumer walks from {@code head} with plain reads.
 *
 * <p>A stub node stands in when the queue runs empty, so the last message handled is not kept
 * reachable by the queue. {@link #poll()} returns {@code null} only when the queue is empty:
 * a producer caught between its swap and its link is waited for (it is two instructions away).
 */
final class Mailbox {
  private final ActorMessage stub = new Stub();
  private ActorMessage head; // consumer only
  @SuppressWarnings("unused") // accessed through TAIL
  private volatile ActorMessage tail;

  Mailbox() {
    head = stub;
    tail = stub;
  }

  /** Any thread. Never fails: the queue is unbounded (capacity is enforced by the caller). */
  void offer(ActorMessage message) {
    ActorMessage previous = (ActorMessage) TAIL.getAndSet(this, message);
    ActorMessage.NEXT.setRelease(previous, message);
  }

  /** Consumer only. The oldest message, or {@code null} if there is none. */
  ActorMessage poll() {
    ActorMessage first = head;
    ActorMessage next = nextOf(first);
    if (first == stub) {
      if (next == null) {
        if (tail == stub) {
          return null;
        }
        next = awaitLink(first);
      }
      head = first = next;
      next = nextOf(first);
    }
    if (next == null) {
      if (tail == first) {
        // first is the last node: queue the stub behind it so first can be detached.
        ActorMessage.NEXT.setOpaque(stub, null);
        offer(stub);
      }
      next = awaitLink(first);
    }
    head = next;
    ActorMessage.NEXT.setOpaque(first, null); // no old-to-young links for the GC to chase
    return first;
  }

  /** Consumer only. */
  boolean isEmpty() {
    return head == stub && tail == stub;
  }

  private static ActorMessage nextOf(ActorMessage node) {
    return (ActorMessage) ActorMessage.NEXT.getAcquire(node);
  }

  /** A producer has swapped tail but not yet linked: it is two instructions from done. */
  private static ActorMessage awaitLink(ActorMessage node) {
    ActorMessage next;
    for (int spins = 0; (next = nextOf(node)) == null; spins++) {
      if (spins < 64) {
        Thread.onSpinWait();
      } else {
        Thread.yield(); // the producer was preempted mid-link; let it run
      }
    }
    return next;
  }

  private static final class Stub extends ActorMessage {
    Stub() {
      super(-1);
    }
  }

  private static final VarHandle TAIL;

  static {
    try {
      TAIL = MethodHandles.lookup().findVarHandle(Mailbox.class, "tail", ActorMessage.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
