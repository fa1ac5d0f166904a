package dev.shuttle.runtime.queue;

import static dev.shuttle.runtime.queue.RingFields.ELEMENTS;

/**
 * One producer, any number of consumers. Consumers claim an index with one CAS below the
 * producer index, then empty its slot. The producer fills a slot only once it is empty: a full
 * slot under the capacity limit belongs to a consumer between its CAS and its store, and is
 * waited for.
 */
final class SpmcBoundedQueue<E> extends RingFields.Padded<E> {

  SpmcBoundedQueue(int capacity) {
    super(capacity);
  }

  @Override
  boolean tryOffer(E element) {
    long p = producerIndex; // only this thread writes it
    if ((p & CLOSED) != 0 || !hasRoomFor(p)) {
      return false;
    }
    int slot = slot(p);
    for (int round = 0; ELEMENTS.getAcquire(buffer, slot) != null; round++) {
      awaitOther(round);
    }
    ELEMENTS.setOpaque(buffer, slot, element);
    producerIndex = p + 1; // publishes the element to the consumers; volatile: see Waiters
    return true;
  }

  @Override
  @SuppressWarnings("unchecked")
  E tryPoll() {
    long c;
    do {
      c = consumerIndex;
      if (c >= (producerIndex & INDEX)) {
        return null;
      }
    } while (!CONSUMER_INDEX.compareAndSet(this, c, c + 1));
    int slot = slot(c);
    E element = (E) ELEMENTS.getAcquire(buffer, slot);
    ELEMENTS.setRelease(buffer, slot, null); // hands the slot back to the producer
    return element;
  }
}
