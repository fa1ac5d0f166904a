package dev.shuttle.runtime.queue;

import static dev.shuttle.runtime.queue.RingFields.ELEMENTS;

/**
 * Any number of producers, one consumer. Producers claim an index with one CAS, then fill its
 * slot; the consumer reads slots in order. A null slot below the producer index belongs to a
 * producer between its CAS and its store, and is waited for.
 */
final class MpscBoundedQueue<E> extends RingFields.Padded<E> {

  MpscBoundedQueue(int capacity) {
    super(capacity);
  }

  @Override
  boolean tryOffer(E element) {
    long p;
    do {
      p = producerIndex;
      if ((p & CLOSED) != 0 || !hasRoomFor(p)) {
        return false;
      }
    } while (!PRODUCER_INDEX.compareAndSet(this, p, p + 1));
    ELEMENTS.setRelease(buffer, slot(p), element);
    return true;
  }

  @Override
  @SuppressWarnings("unchecked")
  E tryPoll() {
    long c = consumerIndex; // only this thread writes it
    int slot = slot(c);
    E element = (E) ELEMENTS.getAcquire(buffer, slot);
    if (element == null) {
      if (c == (producerIndex & INDEX)) {
        return null;
      }
      for (int round = 0; (element = (E) ELEMENTS.getAcquire(buffer, slot)) == null; round++) {
        awaitOther(round); // index c is claimed: its producer is about to store
      }
    }
    ELEMENTS.setOpaque(buffer, slot, null);
    consumerIndex = c + 1; // volatile: see Waiters
    return element;
  }
}
