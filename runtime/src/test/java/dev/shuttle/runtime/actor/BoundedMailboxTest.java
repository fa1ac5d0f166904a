package dev.shuttle.runtime.actor;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.shuttle.FailurePolicy;
import dev.shuttle.Overflow;
import dev.shuttle.runtime.WaitInterruptedException;
import dev.shuttle.runtime.testing.ManualExecutor;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A bounded mailbox ({@code @Actor(mailbox = n)}) on a {@link ManualExecutor}: the actor drains
 * only when the test runs it, so "full" is exact. A message counts against the bound until the
 * actor takes it out of the mailbox.
 */
class BoundedMailboxTest {
  private final ManualExecutor executor = new ManualExecutor();

  private CounterActor actor(int capacity, Overflow overflow) {
    return new CounterActor(CounterActor.settings(capacity, overflow, FailurePolicy.RESUME, 0), executor, 1);
  }

  @Test
  void rejectRefusesASendIntoAFullMailbox() {
    CounterActor actor = actor(2, Overflow.REJECT);
    actor.count(0, 1);
    actor.count(0, 2);

    assertThrows(MailboxFullException.class, () -> actor.count(0, 3));
    assertThrows(MailboxFullException.class, () -> actor.count(0, 3, SECONDS.toNanos(1)), "REJECT never waits");
    assertEquals(2, actor.mailboxSize(), "the refused sends were not queued");

    executor.runAll();
    assertEquals(2, actor.counted);
    actor.count(0, 3); // room again
    executor.runAll();
    assertEquals(3, actor.counted);
    assertEquals(0, actor.outOfOrder);
  }

  @Test
  void asksIntoAFullMailboxGetAFailedFutureNotAnException() throws Exception {
    CounterActor actor = actor(1, Overflow.REJECT);
    actor.count(0, 1);

    CompletableFuture<Long> reply = actor.echo(7);
    assertInstanceOf(MailboxFullException.class, failureOf(reply));

    CounterActor blocking = actor(1, Overflow.BLOCK);
    blocking.count(0, 1);
    CompletableFuture<Long> timedOut = blocking.echo(7, MILLISECONDS.toNanos(10));
    assertInstanceOf(MailboxFullException.class, failureOf(timedOut));

    executor.runAll();
    assertEquals(0, actor.echoed + blocking.echoed, "refused asks were never handled");
  }

  @Test
  void blockWithATimeoutGivesUpWithMailboxFull() {
    CounterActor actor = actor(1, Overflow.BLOCK);
    actor.count(0, 1);

    assertThrows(MailboxFullException.class, () -> actor.count(0, 2, MILLISECONDS.toNanos(10)));
    assertThrows(MailboxFullException.class, () -> actor.count(0, 2, 0), "a zero timeout does not wait");

    executor.runAll();
    assertEquals(1, actor.counted);
    actor.count(0, 2, MILLISECONDS.toNanos(10)); // room again: no wait needed
    executor.runAll();
    assertEquals(2, actor.counted);
  }

  @Test
  void blockedSenderProceedsOnceTheActorDrains() throws Exception {
    CounterActor actor = actor(1, Overflow.BLOCK);
    actor.count(0, 1);
    AtomicReference<Throwable> senderFailure = new AtomicReference<>();
    CountDownLatch sent = new CountDownLatch(1);
    Thread sender = startSender(() -> {
      try {
        actor.count(0, 2); // waits as long as it takes
      } catch (Throwable t) {
        senderFailure.set(t);
      }
      sent.countDown();
    });
    try {
      awaitBlocked(sender);
      assertEquals(1, sent.getCount(), "the sender waits while the mailbox is full");

      executor.runAll(); // handles message 1: room for message 2

      assertTrue(sent.await(30, SECONDS), "the blocked sender was not released");
      assertNull(senderFailure.get());
      executor.runAll();
      assertEquals(2, actor.counted);
      assertEquals(0, actor.outOfOrder);
    } finally {
      sender.interrupt();
    }
  }

  @Test
  void interruptedBlockedTellThrowsAndKeepsTheFlag() throws Exception {
    CounterActor actor = actor(1, Overflow.BLOCK);
    actor.count(0, 1);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean flagAfter = new AtomicBoolean();
    CountDownLatch returned = new CountDownLatch(1);
    Thread sender = startSender(() -> {
      try {
        actor.count(0, 2);
      } catch (Throwable t) {
        thrown.set(t);
      }
      flagAfter.set(Thread.currentThread().isInterrupted());
      returned.countDown();
    });

    awaitBlocked(sender);
    sender.interrupt();

    assertTrue(returned.await(30, SECONDS), "the interrupt did not end the wait");
    assertInstanceOf(WaitInterruptedException.class, thrown.get());
    assertInstanceOf(InterruptedException.class, thrown.get().getCause());
    assertTrue(flagAfter.get(), "the interrupt flag is set again");
    executor.runAll();
    assertEquals(1, actor.counted, "the interrupted send was not queued");
    assertEquals(0, actor.mailboxSize());
  }

  @Test
  void interruptedBlockedAskFailsItsFutureAndKeepsTheFlag() throws Exception {
    CounterActor actor = actor(1, Overflow.BLOCK);
    actor.count(0, 1);
    AtomicReference<CompletableFuture<Long>> reply = new AtomicReference<>();
    AtomicBoolean flagAfter = new AtomicBoolean();
    CountDownLatch returned = new CountDownLatch(1);
    Thread sender = startSender(() -> {
      reply.set(actor.echo(7, SECONDS.toNanos(60))); // a timed wait is interruptible too
      flagAfter.set(Thread.currentThread().isInterrupted());
      returned.countDown();
    });

    awaitBlocked(sender);
    sender.interrupt();

    assertTrue(returned.await(30, SECONDS), "the interrupt did not end the wait");
    assertInstanceOf(WaitInterruptedException.class, failureOf(reply.get()));
    assertTrue(flagAfter.get(), "the interrupt flag is set again");
    executor.runAll();
    assertEquals(0, actor.echoed);
  }

  /** The failure of a future that must already be failed. */
  private static Throwable failureOf(CompletableFuture<?> future) {
    assertTrue(future.isCompletedExceptionally(), "expected a failed future, got " + future);
    return assertThrows(ExecutionException.class, () -> future.get(30, SECONDS)).getCause();
  }

  private static Thread startSender(Runnable body) {
    Thread thread = new Thread(body, "bounded-mailbox-sender");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** Waits (bounded) until the thread parks: it can only park waiting for room. */
  @Test
  void aSendTheExecutorRefusedGivesItsPlaceInTheMailboxBack() {
    CounterActor actor = actor(1, Overflow.REJECT);
    executor.refuse(true);
    assertThrows(ActorStoppedException.class, () -> actor.count(0, 1));
    executor.refuse(false);
    actor.count(0, 1); // the one place is free again: no MailboxFullException
    assertThrows(MailboxFullException.class, () -> actor.count(0, 2));
    executor.runAll();
    assertEquals(1, actor.counted);
  }

  private static void awaitBlocked(Thread thread) throws InterruptedException {
    long deadline = System.nanoTime() + SECONDS.toNanos(30);
    while (true) {
      Thread.State state = thread.getState();
      if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) {
        return;
      }
      if (state == Thread.State.TERMINATED || System.nanoTime() - deadline > 0) {
        fail("the sender did not block on the full mailbox; it is " + state);
      }
      Thread.sleep(1);
    }
  }
}
