package dev.shuttle.examples.readmostly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.examples.InterruptedCall;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the woven classes the processor generated for {@link Guarded}, for each lock strategy. */
class GeneratedReadMostlyTest {
  private static final long WAIT = 30;

  static Stream<Guarded.Pair> pairs() {
    return Stream.of(new ConcurrentGuarded_ReadWritePair(), new ConcurrentGuarded_StampedPair(),
        new ConcurrentGuarded_MutexPair());
  }

  static Stream<Guarded.Pair> sharedReadPairs() {
    return Stream.of(new ConcurrentGuarded_ReadWritePair(), new ConcurrentGuarded_StampedPair());
  }

  @ParameterizedTest
  @MethodSource("sharedReadPairs")
  void twoReadersAreInsideAtTheSameTime(Guarded.Pair pair) throws Exception {
    pair.inside = new CountDownLatch(2);
    pair.release = new CountDownLatch(1);
    ExecutorService readers = Executors.newFixedThreadPool(2);
    try {
      Future<Long> first = readers.submit(pair::holdReading);
      Future<Long> second = readers.submit(pair::holdReading);
      assertTrue(pair.inside.await(WAIT, TimeUnit.SECONDS), "both readers got in together");
      pair.release.countDown();
      assertEquals(0L, first.get(WAIT, TimeUnit.SECONDS));
      assertEquals(0L, second.get(WAIT, TimeUnit.SECONDS));
    } finally {
      readers.shutdownNow();
    }
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void aWriterExcludesReadersAndWriters(Guarded.Pair pair) throws Exception {
    pair.inside = new CountDownLatch(1);
    pair.release = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try {
      Future<?> writer = threads.submit(() -> {
        pair.holdWriting();
        return null;
      });
      assertTrue(pair.inside.await(WAIT, TimeUnit.SECONDS));
      AtomicBoolean readerDone = new AtomicBoolean();
      AtomicBoolean otherWriterDone = new AtomicBoolean();
      CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
        pair.consistent();
        readerDone.set(true);
      }, threads);
      CompletableFuture<Void> otherWriter = CompletableFuture.runAsync(() -> {
        pair.bump();
        otherWriterDone.set(true);
      }, threads);
      // While the writer holds the lock, neither can finish. (A bounded poll, not a timing claim:
      // if either got in, it would be done long before the writer is released.)
      for (int i = 0; i < 50; i++) {
        assertFalse(readerDone.get() || otherWriterDone.get(), "someone got past a held write lock");
        Thread.sleep(1);
      }
      pair.release.countDown();
      writer.get(WAIT, TimeUnit.SECONDS);
      reader.get(WAIT, TimeUnit.SECONDS);
      otherWriter.get(WAIT, TimeUnit.SECONDS);
      assertTrue(readerDone.get() && otherWriterDone.get());
    } finally {
      threads.shutdownNow();
    }
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void nestedCallsProceedAndAnUpgradeIsRefusedNamingBothMethods(Guarded.Pair pair) {
    assertEquals(1, pair.bumpAndRead());
    IllegalStateException upgrade = assertThrows(IllegalStateException.class, pair::sneakyUpgrade);
    assertTrue(upgrade.getMessage().contains("sneakyUpgrade") && upgrade.getMessage().contains("bump"),
        upgrade.getMessage());
    assertEquals(2, pair.bumpAndRead(), "the lock is still usable after a refused upgrade");
    pair.reset();
    assertTrue(pair.consistent());
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void aMethodDeclaringInterruptedExceptionWaitsInterruptibly(Guarded.Pair pair) throws Exception {
    pair.inside = new CountDownLatch(1);
    pair.release = new CountDownLatch(1);
    Thread holder = new Thread(() -> {
      try {
        pair.holdWriting();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    holder.start();
    assertTrue(pair.inside.await(WAIT, TimeUnit.SECONDS));
    InterruptedCall waiting = InterruptedCall.interrupt(() -> {
      try {
        pair.waitForWrite();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    assertInstanceOf(InterruptedException.class, waiting.thrown().getCause());
    pair.release.countDown();
    holder.join(TimeUnit.SECONDS.toMillis(WAIT));
    assertFalse(holder.isAlive());
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void readersNeverSeeAHalfDoneWrite(Guarded.Pair pair) throws Exception {
    int writers = 2;
    int readers = 2;
    int operations = 100_000;
    ExecutorService threads = Executors.newFixedThreadPool(writers + readers);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        results.add(threads.submit(() -> {
          for (int i = 0; i < operations; i++) {
            pair.bump();
          }
          return 0;
        }));
      }
      for (int r = 0; r < readers; r++) {
        results.add(threads.submit(() -> {
          int torn = 0;
          for (int i = 0; i < operations; i++) {
            if (!pair.consistent()) {
              torn++;
            }
            if (pair instanceof Guarded.StampedPair stamped && !stamped.optimisticallyConsistent()) {
              torn++;
            }
          }
          return torn;
        }));
      }
      int torn = 0;
      for (Future<Integer> result : results) {
        torn += result.get(120, TimeUnit.SECONDS);
      }
      assertEquals(0, torn, "a reader saw left != right");
      assertEquals((long) writers * operations, pair.readBoth());
    } finally {
      threads.shutdownNow();
    }
  }
}
