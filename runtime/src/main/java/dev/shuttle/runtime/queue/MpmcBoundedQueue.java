package dev.shuttle.runtime.queue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Any number of producers and consumers (Dmitry Vyukov's bounded queue). Each slot has a
 * sequence number that says whose turn it is: {@code i} when producer index {@code i} may fill
 * it, {@code i + 1} when consumer index {@code i} may empty it, {@code i + length} when producer
 * index {@code i + length} may fill it again. Both sides claim indices with a CAS, so a slot is
 * never filled before it was emptied, however threads are delayed.
 */
final class MpmcBoundedQueue<E> extends RingFields.Padded<E> {
  private final long[] sequences;

  MpmcBoundedQueue(int capacity) {
    super(capacity);
    sequences = new long[buffer.length];
    for (int i = 0; i < sequences.length; i++) {
      sequences[i] = i;
    }
  }

  @Override
  boolean tryOffer(E element) {
    for (int round = 0; ; ) {
      long p = producerIndex;
      if ((p & CLOSED) != 0 || !hasRoomFor(p)) {
        return false;
      }
      int slot = slot(p);
      long sequence = (long) SEQUENCES.getAcquire(sequences, slot);
      if (sequence == p) {
        if (PRODUCER_INDEX.compareAndSet(this, p, p + 1)) {
          buffer[slot] = element;
          SEQUENCES.setRelease(sequences, slot, p + 1);
          return true;
        }
      } else if (sequence < p) {
        awaitOther(round++); // under the limit, so its consumer has claimed it and is emptying it
      }
      // sequence > p: another producer took index p; try the next one
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  E tryPoll() {
    for (int round = 0; ; ) {
      long c = consumerIndex;
      int slot = slot(c);
      long sequence = (long) SEQUENCES.getAcquire(sequences, slot);
      if (sequence == c + 1) {
        if (CONSUMER_INDEX.compareAndSet(this, c, c + 1)) {
          E element = (E) buffer[slot];
          buffer[slot] = null;
          SEQUENCES.setRelease(sequences, slot, c + buffer.length);
          return element;
        }
      } else if (sequence < c + 1) {
        if (c >= (producerIndex & INDEX)) {
          return null;
        }
        awaitOther(round++); // index c is claimed: its producer is about to fill it
      }
      // sequence > c + 1: another consumer took index c; try the next one
    }
  }

  private static final VarHandle SEQUENCES = MethodHandles.arrayElementVarHandle(long[].class);
}
