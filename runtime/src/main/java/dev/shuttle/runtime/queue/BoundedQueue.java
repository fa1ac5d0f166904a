package dev.shuttle.runtime.queue;

import dev.shuttle.Pipeline;
import dev.shuttle.runtime.InternalApi;
import dev.shuttle.runtime.ShuttleClock;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A bounded FIFO queue of non-null elements on an array, allocation-free per element, for one hop
 * of a pipeline. Four variants, by how many threads offer and how many poll at once; pick the
 * narrowest that is true, it is the fastest: {@link #spsc}, {@link #mpsc}, {@link #spmc},
 * {@link #mpmc}. The capacity is exact: the array is rounded up to a power of two, the count is not.
 *
 * <p>{@link #offer} and {@link #poll} never block. {@link #put} and {@link #take} wait: they spin
 * briefly, yield, then park until a thread that polled (or offered) wakes them; a thread that
 * changes the queue pays one volatile read to learn whether anyone waits (see {@link Waiters}). A
 * consumer wakes a parked producer only once the queue has drained to half its capacity, so the
 * producer comes back to room for many elements instead of trading wake-ups with the consumer one
 * element at a time (a timed wait still ends at its deadline, with one last try).
 *
 * <p>{@link #close()} ends the stream: offers fail from then on, and {@link #take()} returns
 * {@code null} once everything offered before has been taken. On a single-producer queue, only
 * the producer (or a thread that knows it has finished) may close.
 */
@InternalApi
public abstract class BoundedQueue<E> {
  /** The largest capacity, 2^30: the ring rounds up to a power of two that an array can hold. */
  public static final int MAX_CAPACITY = Pipeline.MAX_BOUND;
  /** Set in the producer index by {@link #close()}, so that a closing and an offering CAS cannot both win. */
  static final long CLOSED = 1L << 62;
  static final long INDEX = CLOSED - 1;

  private static final int SPINS = 64;
  private static final int YIELDS = 8;

  final Object[] buffer;
  final int mask;
  final int capacity;
  private final Waiters consumers = new Waiters(); // threads waiting for an item
  private final Waiters producers = new Waiters(); // threads waiting for room
  private final ShuttleClock clock = ShuttleClock.current(); // what a timed offer waits on

  BoundedQueue(int capacity) {
    this.capacity = checkCapacity(capacity);
    // At least two slots: in a one-slot MPMC ring, "full at index i" and "free for index i + 1"
    // are the same sequence number, so a producer could fill the slot its consumer is emptying.
    this.buffer = new Object[Math.max(2, Integer.highestOneBit(capacity - 1) << 1)];
    this.mask = buffer.length - 1;
  }

  /**
   * Returns {@code capacity} if a queue can have it.
   *
   * @throws IllegalArgumentException if it is not between 1 and {@link #MAX_CAPACITY}
   */
  public static int checkCapacity(int capacity) {
    if (capacity < 1 || capacity > MAX_CAPACITY) {
      throw new IllegalArgumentException("capacity must be between 1 and 2^30, was " + capacity);
    }
    return capacity;
  }

  /** The narrowest queue that is safe for several producers or one, several consumers or one. */
  public static <E> BoundedQueue<E> forRoles(boolean multiProducer, boolean multiConsumer, int capacity) {
    if (multiProducer) {
      return multiConsumer ? mpmc(capacity) : mpsc(capacity);
    }
    return multiConsumer ? spmc(capacity) : spsc(capacity);
  }

  /** One thread offers, one thread polls. */
  public static <E> BoundedQueue<E> spsc(int capacity) {
    return new SpscBoundedQueue<>(capacity);
  }

  /** Any thread offers, one thread polls. */
  public static <E> BoundedQueue<E> mpsc(int capacity) {
    return new MpscBoundedQueue<>(capacity);
  }

  /** One thread offers, any thread polls. */
  public static <E> BoundedQueue<E> spmc(int capacity) {
    return new SpmcBoundedQueue<>(capacity);
  }

  /** Any thread offers, any thread polls. */
  public static <E> BoundedQueue<E> mpmc(int capacity) {
    return new MpmcBoundedQueue<>(capacity);
  }

  /** Adds {@code element} if there is room and the queue is open; never waits. */
  public final boolean offer(E element) {
    Objects.requireNonNull(element, "element");
    if (tryOffer(element)) {
      wakeConsumer();
      return true;
    }
    return false;
  }

  /** The oldest element, or {@code null} if there is none; never waits. */
  public final E poll() {
    E element = tryPoll();
    if (element != null && producers.any() && size() <= capacity / 2) {
      producers.wakeOne();
    }
    return element;
  }

  /**
   * Adds {@code element}, waiting while the queue is full.
   *
   * @throws InterruptedException if interrupted while waiting (nothing was added)
   * @throws IllegalStateException if the queue is closed, also while the caller waited
   */
  public final void put(E element) throws InterruptedException {
    offer(element, -1, TimeUnit.NANOSECONDS);
  }

  /**
   * Adds {@code element}, waiting at most {@code timeout} for room ({@code -1}: as long as it
   * takes).
   *
   * @return whether it was added; {@code false} if the queue stayed full
   * @throws InterruptedException if interrupted while waiting (nothing was added)
   * @throws IllegalStateException if the queue is closed, also while the caller waited
   */
  public final boolean offer(E element, long timeout, TimeUnit unit) throws InterruptedException {
    Objects.requireNonNull(element, "element");
    long nanos = unit.toNanos(timeout);
    boolean forever = timeout < 0 || nanos > Long.MAX_VALUE / 2;
    long deadline = forever ? 0 : clock.nanoTime() + nanos;
    for (int round = 0; ; round++) {
      if (tryOffer(element)) {
        wakeConsumer();
        return true;
      }
      if (isClosed()) {
        throw new IllegalStateException("queue is closed");
      }
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      long left = forever ? Long.MAX_VALUE : deadline - clock.nanoTime();
      if (left <= 0) {
        return false;
      }
      if (!backOff(round)) {
        producers.enter();
        try {
          if (isFull() && !isClosed()) {
            if (forever) {
              producers.await();
            } else {
              producers.await(left, clock);
            }
          }
        } finally {
          producers.leave();
        }
      }
    }
  }

  /** Like {@link #put}, but an interrupt neither stops the wait nor is lost (the flag stays set). */
  public final void putUninterruptibly(E element) {
    boolean interrupted = false;
    while (true) {
      try {
        put(element);
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The oldest element, waiting while the queue is empty; {@code null} once the queue is closed
   * and empty. Interrupts do not stop the wait (the flag stays set).
   */
  public final E take() {
    for (int round = 0; ; round++) {
      E element = poll();
      if (element != null) {
        return element;
      }
      if (isDrained()) {
        return null;
      }
      if (!backOff(round)) {
        consumers.enter();
        try {
          if (isEmpty() && !isClosed()) {
            consumers.awaitUninterruptibly();
          }
        } finally {
          consumers.leave();
        }
      }
    }
  }

  /**
   * Refuses offers from now on; {@link #take()} returns {@code null} once the elements offered
   * before are taken. Idempotent. Wakes every waiting thread.
   */
  public final void close() {
    closeIndex();
    consumers.wakeAll();
    producers.wakeAll();
  }

  public final boolean isClosed() {
    return (producerIndexVolatile() & CLOSED) != 0;
  }

  /** Closed, and every element offered has been taken. */
  public final boolean isDrained() {
    long producerIndex = producerIndexVolatile();
    return (producerIndex & CLOSED) != 0 && (producerIndex & INDEX) <= consumerIndexVolatile();
  }

  public final int capacity() {
    return capacity;
  }

  /** Elements waiting; exact when no thread is offering or polling. */
  public final int size() {
    while (true) {
      long before = consumerIndexVolatile();
      long produced = producerIndexVolatile() & INDEX;
      if (before == consumerIndexVolatile()) {
        return (int) Math.max(0, Math.min(capacity, produced - before));
      }
    }
  }

  public final boolean isEmpty() {
    return (producerIndexVolatile() & INDEX) <= consumerIndexVolatile();
  }

  /** Elements ever accepted: a counter that costs nothing extra, the producer index. */
  public final long offered() {
    return producerIndexVolatile() & INDEX;
  }

  /** Elements ever taken (or being taken). */
  public final long taken() {
    return consumerIndexVolatile();
  }

  private void wakeConsumer() {
    if (consumers.any()) {
      consumers.wakeOne();
    }
  }

  final boolean isFull() {
    return (producerIndexVolatile() & INDEX) - consumerIndexVolatile() >= capacity;
  }

  final int slot(long index) {
    return (int) index & mask;
  }

  /** The variant's offer: adds and returns {@code true}, or returns {@code false} if full or closed. */
  abstract boolean tryOffer(E element);

  /** The variant's poll: the oldest element, or {@code null} if empty. */
  abstract E tryPoll();

  abstract long producerIndexVolatile();

  abstract long consumerIndexVolatile();

  /** Sets {@link #CLOSED} in the producer index, atomically. */
  abstract void closeIndex();

  /** Waits a little without parking: spins, then yields. {@code false} when it is time to park. */
  private static boolean backOff(int round) {
    if (round < SPINS) {
      Thread.onSpinWait();
      return true;
    }
    if (round < SPINS + YIELDS) {
      Thread.yield();
      return true;
    }
    return false;
  }

  /**
   * Waits for another thread that is a few instructions from done (it claimed a slot and has not
   * filled or emptied it yet); it may have been preempted, so yield after a while.
   */
  static void awaitOther(int round) {
    if (round < SPINS) {
      Thread.onSpinWait();
    } else {
      Thread.yield();
    }
  }
}
