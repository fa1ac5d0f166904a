package dev.shuttle.runtime.queue;

import static dev.shuttle.runtime.queue.RingFields.ELEMENTS;

/**
 * One producer, one consumer: no CAS at all. The element itself is the consumer's signal (a
 * non-null slot is full); the producer checks the consumer index only when its cached limit runs
 * out, once per lap at most.
 */
final class SpscBoundedQueue<E> extends RingFields.Padded<E> {

  SpscBoundedQueue(int capacity) {
    super(capacity);
  }

  @Override
  boolean tryOffer(E element) {
    long p = producerIndex; // only this thread writes it
    if ((p & CLOSED) != 0 || !hasRoomFor(p)) {
      return false;
    }
    ELEMENTS.setRelease(buffer, slot(p), element);
    producerIndex = p + 1; // volatile: see Waiters
    return true;
  }

  @Override
  @SuppressWarnings("unchecked")
  E tryPoll() {
    long c = consumerIndex; // only this thread writes it
    int slot = slot(c);
    E element = (E) ELEMENTS.getAcquire(buffer, slot);
    if (element == null) {
      return null;
    }
    ELEMENTS.setOpaque(buffer, slot, null);
    consumerIndex = c + 1; // after the null: the producer reuses the slot once it sees this
    return element;
  }
}
