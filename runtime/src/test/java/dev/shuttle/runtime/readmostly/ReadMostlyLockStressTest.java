package dev.shuttle.runtime.readmostly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.shuttle.LockStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Writers keep an invariant, two plain fields always equal, that is broken inside every write;
 * readers check it under the read lock (and, with {@code STAMPED}, optimistically, in the shape of
 * the generated override). Some calls nest (read in read, read and write in write) so that the
 * per-thread hold tracking is exercised under load. Bounded by operation counts (about 450,000
 * per strategy, 1.5 million in all), not by time.
 */
class ReadMostlyLockStressTest {
  private static final int WRITERS = 2;
  private static final int READERS = 3;
  private static final int WRITES_PER_WRITER = 25_000;
  private static final int READS_PER_READER = 130_000;

  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void readersNeverSeeAHalfDoneWrite(LockStrategy strategy) throws Exception {
    Pair pair = new Pair(ReadMostlyLock.create(strategy, "Pair"));
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      threads.add(thread("writer-" + w, start, failure, () -> {
        for (int i = 0; i < WRITES_PER_WRITER && failure.get() == null; i++) {
          pair.increment(i % 8 == 0, i % 128 == 0);
        }
      }));
    }
    for (int r = 0; r < READERS; r++) {
      boolean optimistic = strategy == LockStrategy.STAMPED && r % 2 == 0;
      threads.add(thread((optimistic ? "optimistic-reader-" : "reader-") + r, start, failure, () -> {
        long last = 0;
        for (int i = 0; i < READS_PER_READER && failure.get() == null; i++) {
          boolean pause = i % 256 == 0;
          long seen = optimistic ? pair.readOptimistically(pause) : pair.read(i % 16 == 0, pause);
          if (seen < last) {
            throw new AssertionError("went back from " + last + " to " + seen);
          }
          last = seen;
        }
      }));
    }
    start.countDown();
    for (Thread t : threads) {
      t.join(TimeUnit.MINUTES.toMillis(2)); // a hang guard, not a timing assertion
      assertFalse(t.isAlive(), t.getName() + " still running: deadlock?");
    }
    if (failure.get() != null) {
      throw new AssertionError(strategy + ": " + failure.get(), failure.get());
    }
    long writes = (long) WRITERS * WRITES_PER_WRITER;
    assertEquals(writes, pair.read(false, false));
    ReadMostlyStats stats = pair.lock.stats();
    System.out.println(stats); // how often optimistic reads were spoiled
    assertFalse(stats.writeLocked());
    assertEquals(0, stats.readers());
  }

  private static Thread thread(String name, CountDownLatch start, AtomicReference<Throwable> failure, Runnable body) {
    Thread t = new Thread(() -> {
      try {
        start.await();
        body.run();
      } catch (Throwable e) {
        failure.compareAndSet(null, e);
      }
    }, name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Two fields equal outside writes; its methods are shaped like generated overrides. */
  private static final class Pair {
    final ReadMostlyLock lock;
    private long a;
    private long b;

    Pair(ReadMostlyLock lock) {
      this.lock = lock;
    }

    /** {@code pause}: give up the processor halfway, so that others run into the held lock. */
    void increment(boolean nest, boolean pause) {
      ReadMostlyHold hold = lock.enterWrite("Pair.increment");
      try {
        a++;
        if (pause) {
          Thread.yield();
        }
        b++;
        if (nest) {
          incrementTwiceMore(); // write -> write -> read
        }
      } finally {
        lock.exitWrite(hold);
      }
    }

    private void incrementTwiceMore() {
      ReadMostlyHold hold = lock.enterWrite("Pair.incrementTwiceMore");
      try {
        long before = read(true, false);
        a += 2;
        b += 2;
        a -= 2;
        b -= 2;
        assertEquals(before, read(false, false));
      } finally {
        lock.exitWrite(hold);
      }
    }

    long read(boolean nest, boolean pause) {
      ReadMostlyHold hold = lock.enterRead("Pair.read");
      try {
        long x = a;
        if (pause) {
          Thread.yield();
        }
        long y = b;
        if (x != y) {
          throw new AssertionError("a torn read under the read lock: " + x + " != " + y);
        }
        if (nest) {
          long again = read(false, false); // read -> read
          if (again != x) {
            throw new AssertionError("a write got in while this thread held the read lock");
          }
        }
        return x;
      } finally {
        lock.exitRead(hold);
      }
    }

    long readOptimistically(boolean pause) {
      long stamp = lock.tryOptimisticRead();
      if (stamp != ReadMostlyLock.NO_STAMP) {
        long x = a;
        if (pause) {
          Thread.yield();
        }
        long y = b;
        if (lock.validate(stamp)) {
          if (x != y) {
            throw new AssertionError("a validated optimistic read was torn: " + x + " != " + y);
          }
          return x;
        }
      }
      return read(false, false);
    }
  }
}
