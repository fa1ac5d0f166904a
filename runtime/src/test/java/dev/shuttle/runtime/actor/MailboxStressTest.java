package dev.shuttle.runtime.actor;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * {@link Mailbox} under real contention: {@value #PRODUCERS} producers offer {@value #OFFERS}
 * messages each while one consumer polls. Every message must arrive exactly once, each
 * producer's messages in the order it offered them, and {@code poll()} may return {@code null}
 * only when every offer that had completed before the poll started was already consumed.
 */
class MailboxStressTest {
  private static final int PRODUCERS = 4;
  private static final int OFFERS = 250_000;

  @Test
  void everyMessageArrivesOnceAndInEachProducersOrder() throws InterruptedException {
    Mailbox mailbox = new Mailbox();
    AtomicLong[] offered = new AtomicLong[PRODUCERS]; // offers that have returned, per producer
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> producers = new ArrayList<>();
    for (int p = 0; p < PRODUCERS; p++) {
      int producer = p;
      offered[p] = new AtomicLong();
      Thread thread = new Thread(() -> {
        awaitQuietly(start);
        for (int seq = 1; seq <= OFFERS; seq++) {
          mailbox.offer(new Item(producer, seq));
          offered[producer].lazySet(seq);
        }
      }, "mailbox-producer-" + p);
      thread.setDaemon(true);
      producers.add(thread);
      thread.start();
    }

    long[] lastSeq = new long[PRODUCERS];
    long received = 0;
    long deadline = System.nanoTime() + SECONDS.toNanos(60); // a bound against lost messages, not a timing assertion
    start.countDown();
    while (received < (long) PRODUCERS * OFFERS) {
      long completedBefore = sum(offered);
      ActorMessage message = mailbox.poll();
      if (message == null) {
        if (received < completedBefore) {
          fail("poll() returned null with " + (completedBefore - received) + " completed offers not yet received");
        }
        if (System.nanoTime() - deadline > 0) {
          fail("only " + received + " of " + (long) PRODUCERS * OFFERS + " messages arrived");
        }
        Thread.onSpinWait();
        continue;
      }
      Item item = (Item) message;
      assertEquals(lastSeq[item.producer] + 1, item.seq, () -> "producer " + item.producer + " out of order");
      lastSeq[item.producer] = item.seq;
      received++;
    }

    for (Thread producer : producers) {
      producer.join(SECONDS.toMillis(30));
      assertFalse(producer.isAlive(), producer.getName() + " did not finish");
    }
    for (int p = 0; p < PRODUCERS; p++) {
      assertEquals(OFFERS, lastSeq[p], "messages of producer " + p);
    }
    assertTrue(mailbox.isEmpty(), "isEmpty() once everything was received");
    assertNull(mailbox.poll(), "poll() once everything was received");
  }

  @Test
  void drainsAndRefillsAcrossTheStub() {
    // The stub node is re-queued each time the queue runs dry: exercise that path many times.
    Mailbox mailbox = new Mailbox();
    for (int round = 0; round < 1_000; round++) {
      int size = round % 5;
      for (int i = 0; i < size; i++) {
        mailbox.offer(new Item(0, i));
      }
      for (int i = 0; i < size; i++) {
        assertFalse(mailbox.isEmpty());
        assertEquals(i, ((Item) mailbox.poll()).seq);
      }
      assertTrue(mailbox.isEmpty());
      assertNull(mailbox.poll());
    }
  }

  private static long sum(AtomicLong[] counters) {
    long sum = 0;
    for (AtomicLong counter : counters) {
      sum += counter.get();
    }
    return sum;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class Item extends ActorMessage {
    final int producer;
    final long seq;

    Item(int producer, long seq) {
      super(0);
      this.producer = producer;
      this.seq = seq;
    }
  }
}
