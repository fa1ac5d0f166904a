package dev.shuttle.runtime.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.Pipeline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every variant under its widest legal load, through the blocking {@code put} and {@code take}
 * with a small queue (so both sides park often): each element comes out exactly once, each
 * producer's elements in order when there is one consumer, and close lets the consumers drain
 * then stop. Bounded by element count; every wait is bounded.
 */
class BoundedQueueStressTest {
  private static final int PER_PRODUCER = 200_000;
  private static final long WAIT_MILLIS = TimeUnit.SECONDS.toMillis(120);

  @ParameterizedTest(name = "{0} of {3}: {1} producers, {2} consumers")
  @CsvSource({"spsc, 1, 1, 7", "mpsc, 3, 1, 7", "spmc, 1, 3, 7", "mpmc, 3, 3, 7",
      "spsc, 1, 1, 1", "mpsc, 3, 1, 1", "spmc, 1, 3, 1", "mpmc, 1, 1, 1", "mpmc, 3, 3, 1",
      "spsc, 1, 1, 2", "mpsc, 3, 1, 2", "spmc, 1, 3, 2", "mpmc, 3, 3, 2",
      "spsc, 1, 1, 3", "mpsc, 3, 1, 3", "spmc, 1, 3, 3", "mpmc, 3, 3, 3"})
  void everyElementComesOutOnceAndCloseDrains(String variant, int producers, int consumers, int capacity)
      throws Exception {
    // Small rings trade a wake-up per element: fewer elements keep each case short.
    int perProducer = capacity < 4 ? PER_PRODUCER / 10 : PER_PRODUCER;
    BoundedQueue<Long> queue = BoundedQueueStressTest.<Long>factory(variant).apply(capacity);
    AtomicLongArray seen = new AtomicLongArray(producers * perProducer);
    List<Thread> threads = new ArrayList<>();
    List<Throwable> errors = new CopyOnWriteArrayList<>();
    for (int p = 0; p < producers; p++) {
      int producer = p;
      threads.add(start("producer-" + p, errors, () -> {
        for (long i = 0; i < perProducer; i++) {
          queue.put(producer * (long) perProducer + i);
        }
      }));
    }
    List<Thread> consumerThreads = new ArrayList<>();
    for (int c = 0; c < consumers; c++) {
      consumerThreads.add(start("consumer-" + c, errors, () -> {
        long[] lastPerProducer = new long[producers];
        Arrays.fill(lastPerProducer, -1);
        Long element;
        while ((element = queue.take()) != null) {
          assertEquals(0, seen.getAndIncrement(element.intValue()), "taken twice: " + element);
          int producer = (int) (element / perProducer);
          if (consumers == 1) {
            assertTrue(element > lastPerProducer[producer], "out of order: " + element);
          }
          lastPerProducer[producer] = element;
        }
      }));
    }
    for (Thread thread : threads) {
      thread.join(WAIT_MILLIS);
      assertFalse(thread.isAlive(), thread.getName() + " stuck");
    }
    queue.close();
    for (Thread thread : consumerThreads) {
      thread.join(WAIT_MILLIS);
      assertFalse(thread.isAlive(), thread.getName() + " stuck after close");
    }
    assertEquals(List.of(), errors);
    for (int i = 0; i < seen.length(); i++) {
      assertEquals(1, seen.get(i), "element " + i);
    }
    assertTrue(queue.isDrained());
    assertEquals(producers * (long) perProducer, queue.offered());
    assertEquals(producers * (long) perProducer, queue.taken());
  }

  @ParameterizedTest
  @CsvSource({"spsc", "mpsc", "spmc", "mpmc"})
  void aCapacityAboveThePipelinesBoundIsRefused(String variant) {
    assertEquals(Pipeline.MAX_BOUND, BoundedQueue.MAX_CAPACITY);
    IllegalArgumentException tooBig = assertThrows(IllegalArgumentException.class,
        () -> BoundedQueueStressTest.<Integer>factory(variant).apply(BoundedQueue.MAX_CAPACITY + 1));
    assertEquals("capacity must be between 1 and 2^30, was 1073741825", tooBig.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"spsc", "mpsc", "spmc", "mpmc"})
  void capacityIsExactAndClosingRefusesOffersButNotTheRest(String variant) throws Exception {
    BoundedQueue<Integer> queue = BoundedQueueStressTest.<Integer>factory(variant).apply(5);
    for (int i = 0; i < 5; i++) {
      assertTrue(queue.offer(i));
    }
    assertFalse(queue.offer(5));
    assertFalse(queue.offer(5, 1, TimeUnit.MILLISECONDS));
    assertEquals(5, queue.size());
    queue.close();
    assertFalse(queue.offer(6));
    assertThrows(IllegalStateException.class, () -> queue.put(6));
    for (int i = 0; i < 5; i++) {
      assertEquals(i, queue.take());
    }
    assertNull(queue.take());
    assertTrue(queue.isDrained());
  }

  private interface Body {
    void run() throws Exception;
  }

  private static Thread start(String name, List<Throwable> errors, Body body) {
    Thread thread = new Thread(() -> {
      try {
        body.run();
      } catch (Throwable t) {
        errors.add(t);
      }
    }, name);
    thread.setDaemon(true); // a stuck thread fails its case without keeping the JVM alive
    thread.start();
    return thread;
  }

  private static <E> IntFunction<BoundedQueue<E>> factory(String variant) {
    return switch (variant) {
      case "spsc" -> BoundedQueue::spsc;
      case "mpsc" -> BoundedQueue::mpsc;
      case "spmc" -> BoundedQueue::spmc;
      case "mpmc" -> BoundedQueue::mpmc;
      default -> throw new IllegalArgumentException(variant);
    };
  }
}
