package dev.shuttle.runtime.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.shuttle.runtime.testing.TestWorker;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract of every {@link BoundedQueue} variant, one step at a time: exact capacity, FIFO
 * order over many laps of the ring, the counters, closing, and what wakes a thread parked in
 * {@code put}, {@code offer} or {@code take}. A second thread appears only to be parked and woken;
 * every wait is bounded (10 s) so that a broken queue fails instead of hanging, and nothing
 * asserts on timing. {@link BoundedQueueStressTest} runs the variants under load.
 */
class BoundedQueueTest {
  private static final long BOUND_SECONDS = 10;

  @ParameterizedTest
  @ValueSource(strings = {"spsc", "mpsc", "spmc", "mpmc"})
  void aCapacityBelowOneIsRefused(String variant) {
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> queue(variant, 0));
    assertEquals("capacity must be between 1 and 2^30, was 0", zero.getMessage());
    assertThrows(IllegalArgumentException.class, () -> queue(variant, -1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"spsc", "mpsc", "spmc", "mpmc"})
  void aQueueOfOneHoldsExactlyOneElement(String variant) {
    BoundedQueue<Integer> queue = queue(variant, 1);
    assertEquals(1, queue.capacity());
    for (int lap = 0; lap < 5; lap++) {
      assertTrue(queue.offer(lap));
      assertFalse(queue.offer(-1));
      assertEquals(1, queue.size());
      assertEquals(lap, queue.poll());
      assertNull(queue.poll());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"spsc", "mpsc", "spmc", "mpmc"})
  void elementsComeOutInOrderOverManyLapsAndTheCapacityStaysExact(String variant) {
    BoundedQueue<Integer> queue = queue(variant, 3); // a ring of 4 slots, a capacity of 3
    int next = 0;
    int expected = 0;
    for (int lap = 0; lap < 10; lap++) {
      while (queue.offer(next)) {
        next++;
      }
      assertEquals(3, queue.size(), "lap " + lap);
      assertEquals(3, next - expected);
      assertEquals(expected++, queue.poll());
      assertEquals(expected++, queue.poll());
      assertEquals(1, queue.size());
    }
    while (expected < next) {
      assertEquals(expected++, queue.poll());
    }
    assertNull(queue.poll());
    assertTrue(queue.isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"spsc", "mpsc", "spmc", "mpmc"})
  void theCountersFollowOffersAndPolls(String variant) {
    BoundedQueue<String> queue = queue(variant, 4);
    assertTrue(queue.isEmpty());
    assertEquals(0, queue.size());
    queue.offer("a");
    queue.offer("b");
    assertFalse(queue.isEmpty());
    assertEquals(2, queue.size());
    assertEquals("a", queue.poll());
    assertEquals(1, queue.size());
    assertEquals(2, queue.offered());
    assertEquals(1, queue.taken());
    queue.close();
    assertEquals(2, queue.offered(), "closing does not count as an offer");
    assertEquals(1, queue.size());
    assertEquals("b", queue.poll());
    assertTrue(queue.isEmpty());
    assertEquals(0, queue.size());
    assertEquals(2, queue.taken());
  }

  @ParameterizedTest
  @ValueSource(strings = {"spsc", "mpsc", "spmc", "mpmc"})
  void nullIsRefusedAndNothingIsAdded(String variant) {
    BoundedQueue<String> queue = queue(variant, 2);
    assertThrows(NullPointerException.class, () -> queue.offer(null));
    assertThrows(NullPointerException.class, () -> queue.offer(null, 1, TimeUnit.SECONDS));
    assertThrows(NullPointerException.class, () -> queue.put(null));
    assertEquals(0, queue.offered());
    assertTrue(queue.isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"spsc", "mpsc", "spmc", "mpmc"})
  void closingEndsTheStreamOnceTheElementsBeforeAreTaken(String variant) throws Exception {
    BoundedQueue<String> queue = queue(variant, 2);
    assertFalse(queue.isClosed());
    assertFalse(queue.isDrained());
    queue.offer("a");
    queue.close();
    queue.close(); // idempotent
    assertTrue(queue.isClosed());
    assertFalse(queue.isDrained(), "an element is left");
    assertFalse(queue.offer("b"));
    assertThrows(IllegalStateException.class, () -> queue.offer("b", 1, TimeUnit.SECONDS));
    IllegalStateException closed = assertThrows(IllegalStateException.class, () -> queue.put("b"));
    assertEquals("queue is closed", closed.getMessage());
    assertEquals("a", queue.take());
    assertTrue(queue.isDrained());
    assertNull(queue.take());
    assertNull(queue.poll());
  }

  @ParameterizedTest
  @ValueSource(strings = {"spsc", "mpsc", "spmc", "mpmc"})
  void anOpenEmptyQueueIsNotDrained(String variant) {
    BoundedQueue<String> queue = queue(variant, 2);
    queue.offer("a");
    queue.poll();
    assertFalse(queue.isDrained());
    assertTrue(queue.isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"spsc", "mpsc", "spmc", "mpmc"})
  void aTimedOfferOnAFullQueueGivesUpAndAddsNothing(String variant) throws Exception {
    BoundedQueue<Integer> queue = queue(variant, 2);
    assertTrue(queue.offer(1, 0, TimeUnit.NANOSECONDS), "room: no wait needed");
    assertTrue(queue.offer(2, 1, TimeUnit.SECONDS));
    assertFalse(queue.offer(3, 0, TimeUnit.NANOSECONDS));
    assertFalse(queue.offer(3, 1, TimeUnit.MILLISECONDS));
    assertEquals(2, queue.offered());
    assertEquals(1, queue.poll());
    assertEquals(2, queue.poll());
    assertNull(queue.poll());
  }

  @ParameterizedTest
  @ValueSource(strings = {"spsc", "mpsc", "spmc", "mpmc"})
  void anInterruptedPutOnAFullQueueThrowsAndAddsNothing(String variant) {
    BoundedQueue<Integer> queue = queue(variant, 1);
    queue.offer(1);
    Thread.currentThread().interrupt();
    assertThrows(InterruptedException.class, () -> queue.put(2));
    assertFalse(Thread.interrupted(), "the flag is cleared");
    Thread.currentThread().interrupt();
    assertThrows(InterruptedException.class, () -> queue.offer(2, 1, TimeUnit.SECONDS));
    assertFalse(Thread.interrupted());
    assertEquals(1, queue.offered());
  }

  @ParameterizedTest
  @ValueSource(strings = {"spsc", "mpsc", "spmc", "mpmc"})
  void anInterruptDoesNotStopAPutWhenThereIsRoom(String variant) throws Exception {
    BoundedQueue<Integer> queue = queue(variant, 1);
    Thread.currentThread().interrupt();
    try {
      queue.put(1);
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
    assertEquals(1, queue.poll());
  }

  @ParameterizedTest
  @ValueSource(strings = {"spsc", "mpsc", "spmc", "mpmc"})
  void aParkedTakeIsWokenByAnOffer(String variant) throws Exception {
    BoundedQueue<String> queue = queue(variant, 4);
    AtomicReference<String> taken = new AtomicReference<>();
    TestWorker consumer = TestWorker.start(() -> taken.set(queue.take()));
    awaitParked(consumer.thread());
    assertTrue(queue.offer("a"));
    consumer.join();
    assertEquals("a", taken.get());
    assertTrue(queue.offer("b"), "the woken consumer left the wait: an offer does not wait on it");
    assertEquals("b", queue.poll());
  }

  @ParameterizedTest
  @ValueSource(strings = {"spsc", "mpsc", "spmc", "mpmc"})
  void aParkedTakeIsWokenByATimedOffer(String variant) throws Exception {
    BoundedQueue<String> queue = queue(variant, 4);
    AtomicReference<String> taken = new AtomicReference<>();
    TestWorker consumer = TestWorker.start(() -> taken.set(queue.take()));
    awaitParked(consumer.thread());
    assertTrue(queue.offer("a", BOUND_SECONDS, TimeUnit.SECONDS));
    consumer.join();
    assertEquals("a", taken.get());
  }

  @ParameterizedTest
  @ValueSource(strings = {"spsc", "mpsc", "spmc", "mpmc"})
  void aParkedTakeReturnsNullWhenTheQueueCloses(String variant) throws Exception {
    BoundedQueue<String> queue = queue(variant, 4);
    AtomicBoolean endOfStream = new AtomicBoolean();
    TestWorker consumer = TestWorker.start(() -> endOfStream.set(queue.take() == null));
    awaitParked(consumer.thread());
    queue.close();
    consumer.join();
    assertTrue(endOfStream.get());
  }

  @ParameterizedTest
  @ValueSource(strings = {"spsc", "mpsc", "spmc", "mpmc"})
  void aTakeIgnoresInterruptsAndKeepsTheFlag(String variant) throws Exception {
    BoundedQueue<String> queue = queue(variant, 4);
    AtomicReference<String> taken = new AtomicReference<>();
    AtomicBoolean flagKept = new AtomicBoolean();
    TestWorker consumer = TestWorker.start(() -> {
      taken.set(queue.take());
      flagKept.set(Thread.currentThread().isInterrupted());
    });
    awaitParked(consumer.thread());
    consumer.thread().interrupt();
    awaitParked(consumer.thread()); // parked again: the interrupt did not end the wait
    queue.offer("a");
    consumer.join();
    assertEquals("a", taken.get());
    assertTrue(flagKept.get());
  }

  @ParameterizedTest
  @ValueSource(strings = {"spsc", "mpsc", "spmc", "mpmc"})
  void aParkedPutIsWokenOnceAPollLeavesHalfTheQueueFree(String variant) throws Exception {
    BoundedQueue<Integer> queue = queue(variant, 2);
    queue.offer(1);
    queue.offer(2);
    TestWorker producer = TestWorker.start(() -> queue.put(3));
    awaitParked(producer.thread());
    assertEquals(1, queue.poll()); // one of two left: half free
    producer.join();
    assertEquals(2, queue.poll());
    assertEquals(3, queue.poll());
  }

  @ParameterizedTest
  @ValueSource(strings = {"spsc", "mpsc", "spmc", "mpmc"})
  void aParkedPutStaysParkedUntilTheQueueDrainsToHalf(String variant) throws Exception {
    BoundedQueue<Integer> queue = queue(variant, 4);
    for (int i = 0; i < 4; i++) {
      queue.offer(i);
    }
    TestWorker producer = TestWorker.start(() -> queue.put(4));
    awaitParked(producer.thread());
    assertEquals(0, queue.poll()); // three of four left: not yet woken
    assertEquals(3, queue.size());
    assertTrue(isParked(producer.thread()), "woken before the queue drained to half");
    assertEquals(1, queue.poll()); // two of four: woken
    producer.join();
    assertEquals(3, queue.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"spsc", "mpsc", "spmc", "mpmc"})
  void aParkedPutFailsWhenTheQueueCloses(String variant) throws Exception {
    BoundedQueue<Integer> queue = queue(variant, 1);
    queue.offer(1);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    TestWorker producer = TestWorker.start(() -> {
      try {
        queue.put(2);
      } catch (IllegalStateException e) {
        thrown.set(e);
      }
    });
    awaitParked(producer.thread());
    queue.close();
    producer.join();
    assertEquals("queue is closed", thrown.get().getMessage());
    assertEquals(1, queue.offered());
  }

  @ParameterizedTest
  @ValueSource(strings = {"spsc", "mpsc", "spmc", "mpmc"})
  void anInterruptEndsAParkedPut(String variant) throws Exception {
    BoundedQueue<Integer> queue = queue(variant, 1);
    queue.offer(1);
    AtomicBoolean interrupted = new AtomicBoolean();
    TestWorker producer = TestWorker.start(() -> {
      try {
        queue.put(2);
      } catch (InterruptedException e) {
        interrupted.set(true);
      }
    });
    awaitParked(producer.thread());
    producer.thread().interrupt();
    producer.join();
    assertTrue(interrupted.get());
    assertEquals(1, queue.offered());
  }

  @ParameterizedTest
  @ValueSource(strings = {"spsc", "mpsc", "spmc", "mpmc"})
  void aTimedOfferParksAndAPollLetsItIn(String variant) throws Exception {
    BoundedQueue<Integer> queue = queue(variant, 1);
    queue.offer(1);
    AtomicBoolean added = new AtomicBoolean();
    TestWorker producer = TestWorker.start(() -> added.set(queue.offer(2, BOUND_SECONDS, TimeUnit.SECONDS)));
    awaitParked(producer.thread());
    assertEquals(1, queue.poll());
    producer.join();
    assertTrue(added.get());
    assertEquals(2, queue.poll());
  }

  @ParameterizedTest
  @ValueSource(strings = {"spsc", "mpsc", "spmc", "mpmc"})
  void aTimeoutTooLargeForTheClockWaitsAsLongAsItTakes(String variant) throws Exception {
    BoundedQueue<Integer> queue = queue(variant, 1);
    queue.offer(1);
    AtomicBoolean added = new AtomicBoolean();
    TestWorker producer = TestWorker.start(() -> added.set(queue.offer(2, Long.MAX_VALUE, TimeUnit.DAYS)));
    awaitState(producer.thread(), Thread.State.WAITING); // untimed: no deadline to overflow
    assertEquals(1, queue.poll());
    producer.join();
    assertTrue(added.get());
  }

  @ParameterizedTest
  @ValueSource(strings = {"spsc", "mpsc", "spmc", "mpmc"})
  void aNegativeTimeoutWaitsAsLongAsItTakes(String variant) throws Exception {
    BoundedQueue<Integer> queue = queue(variant, 1);
    queue.offer(1);
    AtomicBoolean added = new AtomicBoolean();
    TestWorker producer = TestWorker.start(() -> added.set(queue.offer(2, -1, TimeUnit.NANOSECONDS)));
    awaitState(producer.thread(), Thread.State.WAITING);
    assertEquals(1, queue.poll());
    producer.join();
    assertTrue(added.get());
  }

  @ParameterizedTest
  @ValueSource(strings = {"spsc", "mpsc", "spmc", "mpmc"})
  void anUninterruptiblePutWaitsThroughAnInterruptAndKeepsTheFlag(String variant) throws Exception {
    BoundedQueue<Integer> queue = queue(variant, 1);
    queue.offer(1);
    AtomicBoolean flagKept = new AtomicBoolean();
    TestWorker producer = TestWorker.start(() -> {
      queue.putUninterruptibly(2);
      flagKept.set(Thread.currentThread().isInterrupted());
    });
    awaitParked(producer.thread());
    producer.thread().interrupt();
    awaitParked(producer.thread()); // parked again, in a new put
    assertEquals(1, queue.poll());
    producer.join();
    assertTrue(flagKept.get());
    assertEquals(2, queue.poll());
  }

  @ParameterizedTest
  @ValueSource(strings = {"spsc", "mpsc", "spmc", "mpmc"})
  void anUninterruptiblePutWithRoomLeavesAClearFlagClear(String variant) {
    BoundedQueue<Integer> queue = queue(variant, 1);
    queue.putUninterruptibly(1);
    assertFalse(Thread.currentThread().isInterrupted());
    assertEquals(1, queue.poll());
  }

  private static <E> BoundedQueue<E> queue(String variant, int capacity) {
    IntFunction<BoundedQueue<E>> factory = switch (variant) {
      case "spsc" -> BoundedQueue::spsc;
      case "mpsc" -> BoundedQueue::mpsc;
      case "spmc" -> BoundedQueue::spmc;
      case "mpmc" -> BoundedQueue::mpmc;
      default -> throw new IllegalArgumentException(variant);
    };
    return factory.apply(capacity);
  }

  private static boolean isParked(Thread thread) {
    Thread.State state = thread.getState();
    return (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
        && LockSupport.getBlocker(thread) != null;
  }

  /** Waits until {@code thread} is parked (timed or not) in the queue's wait. */
  private static void awaitParked(Thread thread) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
    while (!isParked(thread)) {
      if (System.nanoTime() > deadline) {
        fail("never parked: " + thread.getState());
      }
      Thread.yield();
    }
  }

  private static void awaitState(Thread thread, Thread.State state) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
    while (thread.getState() != state || LockSupport.getBlocker(thread) == null) {
      if (System.nanoTime() > deadline) {
        fail("never " + state + ": " + thread.getState());
      }
      Thread.yield();
    }
  }
}
