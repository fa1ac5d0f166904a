package dev.shuttle.runtime.actor;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.WaitInterruptedException;
import dev.shuttle.runtime.testing.ManualExecutor;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Actors#stopAll}: every actor in the JVM drains and stops, in waves, and the report names
 * those that did not finish. It stops every actor of the JVM, so Maven runs this class in a JVM of
 * its own (runtime/pom.xml): other tests' actors would be in its waves.
 */
class StopAllTest {
  private static final Duration PLENTY = Duration.ofSeconds(30);

  private final ManualExecutor manual = new ManualExecutor();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  /** Leaves no actor behind for the next test's waves. */
  @AfterEach
  void stopWhatIsLeft() throws InterruptedException {
    Actors.stopAll(Duration.ZERO);
    manual.runAll();
    pool.shutdown();
    assertTrue(pool.awaitTermination(10, SECONDS));
  }

  @Test
  void everyActorHandlesWhatItAcceptedThenRefusesMore() {
    List<TurnActor> actors = new ArrayList<>();
    AtomicInteger handled = new AtomicInteger();
    for (int i = 0; i < 100; i++) {
      TurnActor actor = new TurnActor(ActorSettings.of("Accepted"), manual);
      for (int m = 0; m < 10; m++) {
        actor.run(handled::incrementAndGet);
      }
      actors.add(actor);
    }

    StopAllReport report = Actors.stopAll(Duration.ZERO); // nothing has run: all of them are still draining
    assertEquals(100, report.unfinished().size());
    assertTrue(report.unfinished().stream().allMatch(stats -> stats.actorType().equals("Accepted")
        && stats.mailboxSize() == 11 && stats.stopped()), "10 messages and the stop signal each: " + report);
    assertThrows(ActorStoppedException.class, () -> actors.get(0).run(handled::incrementAndGet));

    manual.runAll();
    assertEquals(1000, handled.get(), "every accepted message was handled");
    assertTrue(actors.stream().allMatch(actor -> actor.termination().isDone()));
    assertEquals(new StopAllReport(0, List.of()), Actors.stopAll(PLENTY), "terminated actors left the registry");
  }

  @Test
  void reportsTheActorsThatDidNotFinishInTime() {
    TurnActor finishing = new TurnActor(ActorSettings.of("Finishing"), pool);
    TurnActor stuck = new TurnActor(ActorSettings.of("Stuck"), manual); // nobody runs its executor
    finishing.run(() -> { });
    stuck.run(() -> { });

    StopAllReport report = Actors.stopAll(Duration.ofMillis(200));

    assertEquals(1, report.stopped());
    assertEquals(1, report.unfinished().size());
    ActorStats unfinished = report.unfinished().get(0);
    assertEquals("Stuck", unfinished.actorType());
    assertEquals(2, unfinished.mailboxSize(), "its message and the stop signal");
    assertFalse(report.allFinished());
    assertTrue(finishing.termination().isDone());
    manual.runAll();
    assertTrue(stuck.termination().isDone(), "it went on draining after the report");
  }

  @Test
  void actorsSpawnedByActorsKeepAcceptingUntilTheirSpawnersHaveDrained() throws Exception {
    Queue<Throwable> refused = new ConcurrentLinkedQueue<>();
    TurnActor front = new TurnActor(ActorSettings.of("Front"), pool) {
      @Override
      protected void onFailure(Throwable failure) {
        refused.add(failure);
      }
    };
    CompletableFuture<TurnActor> spawned = new CompletableFuture<>();
    front.run(() -> spawned.complete(new TurnActor(ActorSettings.of("Worker"), pool)));
    TurnActor worker = spawned.get(10, SECONDS);
    AtomicInteger handledByWorker = new AtomicInteger();
    for (int m = 0; m < 1000; m++) {
      front.run(() -> worker.run(handledByWorker::incrementAndGet)); // forwarded while the front drains
    }

    StopAllReport report = Actors.stopAll(PLENTY);

    assertEquals(List.of(), List.copyOf(refused), "nothing the front forwarded while it drained was refused");
    assertEquals(1000, handledByWorker.get());
    assertEquals(new StopAllReport(2, List.of()), report);
    assertTrue(worker.termination().isDone());
  }

  @Test
  void actorsSpawnedWhileOthersDrainAreStoppedToo() {
    TurnActor front = new TurnActor(ActorSettings.of("Front"), pool);
    List<TurnActor> spawnedDuringDrain = new ArrayList<>();
    CountDownLatch gate = new CountDownLatch(1);
    front.run(() -> awaitQuietly(gate)); // holds the front's turn until stopAll has stopped it
    front.run(() -> spawnedDuringDrain.add(new TurnActor(ActorSettings.of("Late"), pool)));
    Thread opener = new Thread(() -> {
      for (int waited = 0; waited < 10_000 && !front.stats().stopped(); waited++) {
        sleepQuietly(1);
      }
      gate.countDown();
    });
    opener.start();

    StopAllReport report = Actors.stopAll(PLENTY);

    assertEquals(1, spawnedDuringDrain.size());
    assertTrue(spawnedDuringDrain.get(0).termination().isDone(), "the actor spawned in the drain was stopped");
    assertEquals(new StopAllReport(2, List.of()), report);
  }

  @Test
  void terminatedAndUnreachableActorsLeaveTheRegistry() throws InterruptedException {
    int before = ActorCell.LIVE.registered();
    TurnActor stopped = new TurnActor(ActorSettings.of("Stopped"), manual);
    stopped.stop();
    manual.runAll();
    assertEquals(before, ActorCell.LIVE.registered(), "a terminated actor leaves at once");

    List<TurnActor> held = new ArrayList<>();
    List<WeakReference<TurnActor>> dropped = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      held.add(new TurnActor(ActorSettings.of("Dropped"), manual));
      dropped.add(new WeakReference<>(held.get(i)));
    }
    assertEquals(before + 10_000, ActorCell.LIVE.registered());
    held.clear();
    for (int attempt = 0; attempt < 50 && dropped.stream().anyMatch(ref -> ref.get() != null); attempt++) {
      System.gc();
      Thread.sleep(20);
    }
    assertNull(dropped.get(0).get(), "the JVM collected the dropped actors within 50 collections");
    ActorCell.LIVE.live(ActorCell.SPAWNED_OUTSIDE); // forgets the collected ones
    assertTrue(ActorCell.LIVE.registered() <= before, "registered: " + ActorCell.LIVE.registered());
  }

  @Test
  void threadsSpawningAndStoppingAtOnceLeaveTheRegistryAsTheyFoundIt() throws Exception {
    int before = ActorCell.LIVE.registered();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      ManualExecutor own = new ManualExecutor();
      threads.add(new Thread(() -> {
        for (int i = 0; i < 5_000; i++) {
          new TurnActor(ActorSettings.of("Brief"), own).stop();
          own.runAll();
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join(30_000);
      assertFalse(thread.isAlive());
    }
    assertEquals(before, ActorCell.LIVE.registered());
  }

  @Test
  void anInterruptedWaitThrowsAndKeepsTheFlag() {
    TurnActor stuck = new TurnActor(ActorSettings.of("Stuck"), manual);
    stuck.run(() -> { });
    Thread.currentThread().interrupt();
    try {
      assertThrows(WaitInterruptedException.class, () -> Actors.stopAll(PLENTY));
      assertTrue(Thread.interrupted(), "the interrupt flag is set again");
    } finally {
      Thread.interrupted();
    }
    assertTrue(stuck.stats().stopped(), "the actors were stopped before the wait");
    manual.runAll();
    assertTrue(stuck.termination().isDone());
  }

  @Test
  void aNegativeTimeoutIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Actors.stopAll(Duration.ofSeconds(-1)));
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
