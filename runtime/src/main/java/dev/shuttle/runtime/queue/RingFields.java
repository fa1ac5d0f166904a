package dev.shuttle.runtime.queue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The field layout of the {@link BoundedQueue} variants (JCTools' layout): the producer index and
 * the consumer index are written by different threads on every operation, so each gets cache lines
 * of its own, away from each other and from the read-only fields. The JVM lays out a superclass's
 * fields before its subclass's, so the padding is a chain of classes.
 */
final class RingFields {
  private RingFields() {}

  static final VarHandle ELEMENTS = MethodHandles.arrayElementVarHandle(Object[].class);

  /** 128 bytes: two cache lines, since CPUs prefetch lines in pairs. */
  abstract static class PadBeforeProducer<E> extends BoundedQueue<E> {
    long pa00, pa01, pa02, pa03, pa04, pa05, pa06, pa07, pa08, pa09, pa10, pa11, pa12, pa13, pa14, pa15;

    PadBeforeProducer(int capacity) {
      super(capacity);
    }
  }

  abstract static class Producer<E> extends PadBeforeProducer<E> {
    /** The next index to fill, plus {@link BoundedQueue#CLOSED} once closed. */
    volatile long producerIndex;
    /** Producer side: a consumer index seen earlier, plus the capacity. Offers below it need not look again. */
    long producerLimit;

    Producer(int capacity) {
      super(capacity);
      producerLimit = capacity;
    }

    @Override
    final long producerIndexVolatile() {
      return producerIndex;
    }

    @Override
    final void closeIndex() {
      PRODUCER_INDEX.getAndBitwiseOr(this, CLOSED);
    }

    static final VarHandle PRODUCER_INDEX;
    static final VarHandle PRODUCER_LIMIT;

    static {
      try {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        PRODUCER_INDEX = lookup.findVarHandle(Producer.class, "producerIndex", long.class);
        PRODUCER_LIMIT = lookup.findVarHandle(Producer.class, "producerLimit", long.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }
  }

  abstract static class PadBeforeConsumer<E> extends Producer<E> {
    long pb00, pb01, pb02, pb03, pb04, pb05, pb06, pb07, pb08, pb09, pb10, pb11, pb12, pb13, pb14, pb15;

    PadBeforeConsumer(int capacity) {
      super(capacity);
    }
  }

  abstract static class Consumer<E> extends PadBeforeConsumer<E> {
    /** The next index to take. */
    volatile long consumerIndex;

    Consumer(int capacity) {
      super(capacity);
    }

    @Override
    final long consumerIndexVolatile() {
      return consumerIndex;
    }

    /**
     * Producer side: whether index {@code p} is below the capacity limit, looking at the consumer
     * index only when the cached limit says no.
     */
    final boolean hasRoomFor(long p) {
      if (p < (long) Producer.PRODUCER_LIMIT.getOpaque(this)) {
        return true;
      }
      long limit = consumerIndex + capacity;
      Producer.PRODUCER_LIMIT.setOpaque(this, limit);
      return p < limit;
    }

    static final VarHandle CONSUMER_INDEX;

    static {
      try {
        CONSUMER_INDEX = MethodHandles.lookup().findVarHandle(Consumer.class, "consumerIndex", long.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }
  }

  /** The last class of the chain: padding after the consumer index, then the variant's own fields. */
  abstract static class Padded<E> extends Consumer<E> {
    long pc00, pc01, pc02, pc03, pc04, pc05, pc06, pc07, pc08, pc09, pc10, pc11, pc12, pc13, pc14, pc15;

    Padded(int capacity) {
      super(capacity);
    }
  }
}
