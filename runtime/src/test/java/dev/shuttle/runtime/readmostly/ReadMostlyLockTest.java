package dev.shuttle.runtime.readmostly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.shuttle.LockStrategy;
import dev.shuttle.runtime.testing.TestWorker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntSupplier;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contract of {@link ReadMostlyLock}, for every strategy. Waits are bounded (10 s) only so
 * that a broken lock fails the test instead of hanging the build; nothing asserts on timing.
 * "Blocked" means parked in the lock (waiting, with the lock as its blocker).
 */
class ReadMostlyLockTest {
  private static final long BOUND_SECONDS = 10;
  private static final String READ = "Catalog.read";
  private static final String OTHER_READ = "Catalog.size";
  private static final String WRITE = "Catalog.write";

  @ParameterizedTest
  @EnumSource(value = LockStrategy.class, names = {"READ_WRITE", "STAMPED"})
  void readersAreInsideAtTheSameTime(LockStrategy strategy) throws Exception {
    ReadMostlyLock lock = ReadMostlyLock.create(strategy, "Catalog");
    CountDownLatch firstInside = new CountDownLatch(1);
    CountDownLatch secondInside = new CountDownLatch(1);
    TestWorker first = TestWorker.start(() -> {
      ReadMostlyHold hold = lock.enterRead(READ);
      try {
        firstInside.countDown();
        assertTrue(secondInside.await(BOUND_SECONDS, TimeUnit.SECONDS), "the second reader never got in");
      } finally {
        lock.exitRead(hold);
      }
    });
    TestWorker second = TestWorker.start(() -> {
      assertTrue(firstInside.await(BOUND_SECONDS, TimeUnit.SECONDS));
      ReadMostlyHold hold = lock.enterRead(READ);
      try {
        assertEquals(2, lock.stats().readers()); // the first one waits inside for us
        secondInside.countDown();
      } finally {
        lock.exitRead(hold);
      }
    });
    first.join();
    second.join();
  }

  @Test
  void mutexReadersExcludeEachOther() throws Exception {
    ReadMostlyLock lock = ReadMostlyLock.create(LockStrategy.MUTEX, "Catalog");
    ReadMostlyHold hold = lock.enterRead(READ);
    AtomicBoolean inside = new AtomicBoolean();
    TestWorker reader = TestWorker.start(() -> {
      ReadMostlyHold t = lock.enterRead(OTHER_READ);
      inside.set(true);
      lock.exitRead(t);
    });
    reader.awaitParked();
    assertFalse(inside.get());
    lock.exitRead(hold);
    reader.join();
    assertTrue(inside.get());
  }

  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void writerExcludesReadersAndWriters(LockStrategy strategy) throws Exception {
    ReadMostlyLock lock = ReadMostlyLock.create(strategy, "Catalog");
    ReadMostlyHold hold = lock.enterWrite(WRITE);
    assertTrue(lock.stats().writeLocked());
    AtomicBoolean readerInside = new AtomicBoolean();
    AtomicBoolean writerInside = new AtomicBoolean();
    TestWorker reader = TestWorker.start(() -> {
      ReadMostlyHold t = lock.enterRead(READ);
      readerInside.set(true);
      lock.exitRead(t);
    });
    TestWorker writer = TestWorker.start(() -> {
      ReadMostlyHold t = lock.enterWrite(WRITE);
      writerInside.set(true);
      lock.exitWrite(t);
    });
    reader.awaitParked();
    writer.awaitParked();
    assertFalse(readerInside.get());
    assertFalse(writerInside.get());
    lock.exitWrite(hold);
    reader.join();
    writer.join();
    assertTrue(readerInside.get() && writerInside.get());
    ReadMostlyStats stats = lock.stats();
    assertFalse(stats.writeLocked());
    assertEquals(0, stats.readers());
  }

  @ParameterizedTest
  @EnumSource(value = LockStrategy.class, names = {"READ_WRITE", "STAMPED"})
  void readersKeepAWriterOut(LockStrategy strategy) throws Exception {
    ReadMostlyLock lock = ReadMostlyLock.create(strategy, "Catalog");
    ReadMostlyHold hold = lock.enterRead(READ);
    AtomicBoolean writerInside = new AtomicBoolean();
    TestWorker writer = TestWorker.start(() -> {
      ReadMostlyHold t = lock.enterWrite(WRITE);
      writerInside.set(true);
      lock.exitWrite(t);
    });
    writer.awaitParked();
    assertFalse(writerInside.get());
    lock.exitRead(hold);
    writer.join();
    assertTrue(writerInside.get());
  }

  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void nestedCallsOfOneThreadProceed(LockStrategy strategy) throws Exception {
    ReadMostlyLock lock = ReadMostlyLock.create(strategy, "Catalog");
    TestWorker.start(() -> {
      ReadMostlyHold read = lock.enterRead(READ); // read -> read
      ReadMostlyHold innerRead = lock.enterRead(OTHER_READ);
      lock.exitRead(innerRead);
      assertTrue(lock.stats().readers() == 1 || strategy == LockStrategy.MUTEX && lock.stats().writeLocked());
      lock.exitRead(read);

      ReadMostlyHold write = lock.enterWrite(WRITE); // write -> write -> read -> write
      ReadMostlyHold innerWrite = lock.enterWrite(WRITE);
      ReadMostlyHold readInWrite = lock.enterReadInterruptibly(READ);
      ReadMostlyHold writeInRead = lock.enterWriteInterruptibly(WRITE);
      lock.exitWrite(writeInRead);
      assertTrue(lock.stats().writeLocked(), "a nested exit releases nothing of the outer hold");
      lock.exitRead(readInWrite);
      assertEquals(0, lock.stats().readers(), "the read inside the write left nothing behind");
      assertTrue(lock.stats().writeLocked());
      lock.exitWrite(innerWrite);
      assertTrue(lock.stats().writeLocked(), "only the outermost exit releases");
      lock.exitWrite(write);
    }).join();
    ReadMostlyStats stats = lock.stats();
    assertFalse(stats.writeLocked());
    assertEquals(0, stats.readers());
    assertUsable(lock);
  }

  /**
   * A thread that wrote before is not taken for the writer once it has let go: its read waits for
   * another thread's write like anyone's.
   */
  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void aReleasedWriteLeavesNothingBehind(LockStrategy strategy) throws Exception {
    ReadMostlyLock lock = ReadMostlyLock.create(strategy, "Catalog");
    CountDownLatch wrote = new CountDownLatch(1);
    CountDownLatch otherWrites = new CountDownLatch(1);
    AtomicBoolean inside = new AtomicBoolean();
    TestWorker former = TestWorker.start(() -> {
      lock.exitWrite(lock.enterWrite(WRITE));
      wrote.countDown();
      assertTrue(otherWrites.await(BOUND_SECONDS, TimeUnit.SECONDS));
      ReadMostlyHold read = lock.enterRead(READ);
      inside.set(true);
      lock.exitRead(read);
    });
    assertTrue(wrote.await(BOUND_SECONDS, TimeUnit.SECONDS));
    ReadMostlyHold other = lock.enterWrite(WRITE);
    otherWrites.countDown();
    former.awaitParked();
    assertFalse(inside.get(), "a former writer's read got in beside the write");
    lock.exitWrite(other);
    former.join();
    assertTrue(inside.get());
    assertUsable(lock);
  }

  /** The case that deadlocks a bare StampedLock: a nested read while a writer waits in line. */
  @ParameterizedTest
  @EnumSource(value = LockStrategy.class, names = {"READ_WRITE", "STAMPED"})
  void nestedReadProceedsWhileAWriterWaits(LockStrategy strategy) throws Exception {
    ReadMostlyLock lock = ReadMostlyLock.create(strategy, "Catalog");
    CountDownLatch outerHeld = new CountDownLatch(1);
    CountDownLatch writerWaiting = new CountDownLatch(1);
    TestWorker reader = TestWorker.start(() -> {
      ReadMostlyHold outer = lock.enterRead(READ);
      try {
        outerHeld.countDown();
        assertTrue(writerWaiting.await(BOUND_SECONDS, TimeUnit.SECONDS));
        ReadMostlyHold inner = lock.enterRead(OTHER_READ);
        lock.exitRead(inner);
        ReadMostlyHold innerInterruptibly = lock.enterReadInterruptibly(OTHER_READ);
        lock.exitRead(innerInterruptibly);
      } finally {
        lock.exitRead(outer);
      }
    });
    assertTrue(outerHeld.await(BOUND_SECONDS, TimeUnit.SECONDS));
    TestWorker writer = TestWorker.start(() -> lock.exitWrite(lock.enterWrite(WRITE)));
    writer.awaitParked();
    writerWaiting.countDown();
    reader.join();
    writer.join();
  }

  /**
   * Readers that overlap each nest, and are each refused an upgrade, while a writer waits: once
   * as the first reader and one that came later, then as two that came later (the first left
   * and came back while the other read).
   */
  @ParameterizedTest
  @EnumSource(value = LockStrategy.class, names = {"READ_WRITE", "STAMPED"})
  void overlappingReadersEachNestWhileAWriterWaits(LockStrategy strategy) throws Exception {
    ReadMostlyLock lock = ReadMostlyLock.create(strategy, "Catalog");
    try (Reader a = new Reader(lock); Reader b = new Reader(lock)) {
      a.enter();
      b.enter();
      assertEachNestsWhileAWriterWaits(lock, a, b);
      a.enter();
      b.enter();
      a.exit();
      a.enter();
      assertEachNestsWhileAWriterWaits(lock, a, b);
    }
    assertUsable(lock);
  }

  private static void assertEachNestsWhileAWriterWaits(ReadMostlyLock lock, Reader a, Reader b) throws Exception {
    assertEquals(2, lock.stats().readers());
    TestWorker writer = TestWorker.start(() -> lock.exitWrite(lock.enterWrite(WRITE)));
    writer.awaitParked();
    a.nestAndTryToUpgrade();
    b.nestAndTryToUpgrade();
    assertEquals(2, lock.stats().readers(), "nested calls left the outer holds as they were");
    a.exit();
    b.exit();
    writer.join();
  }

  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void writeInsideReadThrowsNamingBothAndLeavesTheLockUsable(LockStrategy strategy) throws Exception {
    GuardedCatalog catalog = new GuardedCatalog(ReadMostlyLock.create(strategy, "Catalog"));
    TestWorker.start(() -> catalog.read(() -> catalog.size(() -> {
      IllegalStateException refused = assertThrows(IllegalStateException.class, catalog::write);
      assertTrue(refused.getMessage().startsWith(WRITE + " called from inside the read lock held by " + OTHER_READ),
          refused.getMessage()); // the innermost read: the one that called the write
      assertTrue(refused.getMessage().contains("Make " + OTHER_READ + " @Write"), refused.getMessage());
      IllegalStateException again = assertThrows(IllegalStateException.class, catalog::writeInterruptibly);
      assertEquals(refused.getMessage(), again.getMessage());
    }))).join();
    TestWorker.start(catalog::write).join(); // this thread is not stuck as a reader
    assertUsable(catalog.lock);
  }

  /** The read is named from the stack; with no guarded caller there, the message still says what to do. */
  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void writeInsideReadOfNoGuardedMethodStillExplains(LockStrategy strategy) throws Exception {
    ReadMostlyLock lock = ReadMostlyLock.create(strategy, "Catalog");
    TestWorker.start(() -> {
      IllegalStateException refused = UnguardedCaller.upgrade(lock);
      assertTrue(refused.getMessage().startsWith(WRITE + " called from inside a read lock this thread holds on the"
          + " same Catalog: upgrading a read lock to a write lock would deadlock"), refused.getMessage());
    }).join();
    assertUsable(lock);
  }

  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void interruptibleReadThrowsWhenInterruptedWhileWaiting(LockStrategy strategy) throws Exception {
    ReadMostlyLock lock = ReadMostlyLock.create(strategy, "Catalog");
    ReadMostlyHold hold = lock.enterWrite(WRITE);
    TestWorker reader = TestWorker.start(() -> {
      assertThrows(InterruptedException.class, () -> lock.enterReadInterruptibly(READ));
      assertFalse(Thread.currentThread().isInterrupted());
    });
    reader.awaitParked();
    reader.thread().interrupt();
    reader.join();
    lock.exitWrite(hold);
    assertUsable(lock);
  }

  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void interruptibleWriteThrowsWhenInterruptedWhileWaiting(LockStrategy strategy) throws Exception {
    ReadMostlyLock lock = ReadMostlyLock.create(strategy, "Catalog");
    ReadMostlyHold hold = lock.enterRead(READ);
    TestWorker writer = TestWorker.start(() -> {
      assertThrows(InterruptedException.class, () -> lock.enterWriteInterruptibly(WRITE));
      assertFalse(Thread.currentThread().isInterrupted());
    });
    writer.awaitParked();
    writer.thread().interrupt();
    writer.join();
    lock.exitRead(hold);
    assertUsable(lock);
  }

  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void interruptibleCallsThrowWhenAlreadyInterrupted(LockStrategy strategy) throws Exception {
    ReadMostlyLock lock = ReadMostlyLock.create(strategy, "Catalog");
    TestWorker.start(() -> {
      Thread.currentThread().interrupt();
      assertThrows(InterruptedException.class, () -> lock.enterReadInterruptibly(READ));
      Thread.currentThread().interrupt();
      assertThrows(InterruptedException.class, () -> lock.enterWriteInterruptibly(WRITE));
    }).join();
    assertUsable(lock);
  }

  /** Like hand-written lock(): the wait goes on, and the interrupt is left for the method to see. */
  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void plainWaitIgnoresInterruptsAndKeepsTheFlag(LockStrategy strategy) throws Exception {
    ReadMostlyLock lock = ReadMostlyLock.create(strategy, "Catalog");
    ReadMostlyHold hold = lock.enterWrite(WRITE);
    AtomicBoolean inside = new AtomicBoolean();
    TestWorker reader = TestWorker.start(() -> {
      ReadMostlyHold t = lock.enterRead(READ);
      inside.set(true);
      lock.exitRead(t);
      assertTrue(Thread.currentThread().isInterrupted());
    });
    reader.awaitParked();
    reader.thread().interrupt();
    assertFalse(inside.get());
    lock.exitWrite(hold);
    reader.join();
    assertTrue(inside.get());
  }

  @Test
  void optimisticReadsAreValidUntilAWrite() throws Exception {
    ReadMostlyLock lock = ReadMostlyLock.create(LockStrategy.STAMPED, "Catalog");
    long stamp = lock.tryOptimisticRead();
    assertNotEquals(0L, stamp);
    assertTrue(lock.validate(stamp));
    ReadMostlyHold read = lock.enterRead(READ); // a read does not invalidate
    lock.exitRead(read);
    assertTrue(lock.validate(stamp));
    assertEquals(0, lock.stats().optimisticRetries());

    TestWorker.start(() -> lock.exitWrite(lock.enterWrite(WRITE))).join();
    assertFalse(lock.validate(stamp));
    assertEquals(1, lock.stats().optimisticRetries());

    ReadMostlyHold write = lock.enterWrite(WRITE);
    assertEquals(0L, lock.tryOptimisticRead(), "not while write-locked, even by this thread");
    ReadMostlyHold nested = lock.enterRead(READ); // the fallback a generated override takes
    lock.exitRead(nested);
    lock.exitWrite(write);
  }

  @ParameterizedTest
  @EnumSource(value = LockStrategy.class, names = {"READ_WRITE", "MUTEX"})
  void onlyStampedReadsOptimistically(LockStrategy strategy) {
    ReadMostlyLock lock = ReadMostlyLock.create(strategy, "Catalog");
    assertEquals(0L, lock.tryOptimisticRead());
    assertFalse(lock.validate(0L));
  }

  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void statsNameTheTypeAndStrategy(LockStrategy strategy) {
    ReadMostlyLock lock = ReadMostlyLock.create(strategy, "Catalog");
    ReadMostlyStats stats = lock.stats();
    assertEquals("Catalog", stats.typeName());
    assertEquals(strategy, stats.strategy());
    assertEquals(strategy, lock.strategy());
    assertEquals(new ReadMostlyStats("Catalog", strategy, 0, 0, false), stats);
  }

  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void holdsOfTwoLocksInOneThreadAreKeptApart(LockStrategy strategy) throws Exception {
    ReadMostlyLock first = ReadMostlyLock.create(strategy, "First");
    ReadMostlyLock second = ReadMostlyLock.create(strategy, "Second");
    TestWorker.start(() -> {
      ReadMostlyHold a = first.enterRead("First.read");
      ReadMostlyHold b = second.enterWrite("Second.write"); // a read of one object may write another
      ReadMostlyHold c = second.enterRead("Second.read");
      IllegalStateException refused = assertThrows(IllegalStateException.class, () -> first.enterWrite("First.write"));
      assertTrue(refused.getMessage().startsWith("First.write called from inside"), refused.getMessage());
      second.exitRead(c);
      first.exitRead(a); // out of order
      second.exitWrite(b);
      first.exitWrite(first.enterWrite("First.write"));
    }).join();
    assertUsable(first);
    assertUsable(second);
  }

  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void contendedWaitsAreRecordedByFlightRecorder(LockStrategy strategy) throws Exception {
    ReadMostlyLock lock = ReadMostlyLock.create(strategy, "Catalog");
    Path file = Files.createTempFile("readmostly", ".jfr");
    try (Recording recording = new Recording()) {
      recording.enable("dev.shuttle.ReadMostlyWait").withThreshold(Duration.ZERO);
      recording.start();
      ReadMostlyHold hold = lock.enterWrite(WRITE);
      TestWorker reader = TestWorker.start(() -> lock.exitRead(lock.enterRead(READ)));
      reader.awaitParked();
      lock.exitWrite(hold);
      reader.join();
      recording.stop();
      recording.dump(file);
      List<RecordedEvent> events = RecordingFile.readAllEvents(file);
      RecordedEvent wait = events.stream()
          .filter(e -> e.getEventType().getName().equals("dev.shuttle.ReadMostlyWait"))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no wait event in " + events));
      assertEquals("Catalog", wait.getString("typeName"));
      assertEquals(READ, wait.getString("method"));
      assertEquals(strategy.name(), wait.getString("strategy"));
      assertFalse(wait.getBoolean("write"));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** A release without a hold is refused like a hand-written lock's, and changes nothing. */
  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void releasingWhatIsNotHeldIsRefused(LockStrategy strategy) throws Exception {
    ReadMostlyLock lock = ReadMostlyLock.create(strategy, "Catalog");
    TestWorker.start(() -> {
      ReadMostlyHold read = lock.enterRead(READ);
      lock.exitRead(read);
      assertThrows(IllegalMonitorStateException.class, () -> lock.exitRead(read));
      ReadMostlyHold write = lock.enterWrite(WRITE);
      lock.exitWrite(write);
      assertThrows(IllegalMonitorStateException.class, () -> lock.exitWrite(write));
    }).join();
    assertUsable(lock);
  }

  @Test
  void createRefusesNulls() {
    assertThrows(NullPointerException.class, () -> ReadMostlyLock.create(null, "Catalog"));
    assertThrows(NullPointerException.class, () -> ReadMostlyLock.create(LockStrategy.MUTEX, null));
  }

  /**
   * Nested calls that recurse until the stack runs out, from many starting depths so that the
   * overflow strikes at many points of the lock's code: no hold is left behind. (A nested
   * {@code ReentrantReadWriteLock.lock()} finishes on the JDK's reserved stack, then throws: the
   * hold it took would never be released.)
   */
  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void aStackOverflowInNestedCallsLeavesNoHold(LockStrategy strategy) throws Exception {
    ReadMostlyLock lock = ReadMostlyLock.create(strategy, "Catalog");
    TestWorker.start(() -> {
      for (int depth = 0; depth < 200; depth++) {
        int start = depth;
        assertThrows(StackOverflowError.class, () -> Nesting.from(start, () -> Nesting.readDeeper(lock)));
        assertThrows(StackOverflowError.class, () -> Nesting.from(start, () -> Nesting.writeDeeper(lock)));
        assertEquals(0, lock.stats().readers(), "from depth " + start);
        assertFalse(lock.stats().writeLocked(), "from depth " + start);
      }
    }).join();
    assertUsable(lock);
  }

  /** Guarded calls that call themselves, shaped like generated overrides, with no end. */
  static final class Nesting {
    static int from(int frames, IntSupplier recursion) {
      return frames == 0 ? recursion.getAsInt() : from(frames - 1, recursion) + 1;
    }

    static int readDeeper(ReadMostlyLock lock) {
      ReadMostlyHold hold = lock.enterRead(READ);
      try {
        return readDeeper(lock) + 1;
      } finally {
        lock.exitRead(hold);
      }
    }

    static int writeDeeper(ReadMostlyLock lock) {
      ReadMostlyHold hold = lock.enterWrite(WRITE);
      try {
        return writeDeeper(lock) + 1;
      } finally {
        lock.exitWrite(hold);
      }
    }
  }

  /** Another thread can still take both modes: nothing was left held. */
  private static void assertUsable(ReadMostlyLock lock) throws Exception {
    TestWorker.start(() -> {
      lock.exitRead(lock.enterRead(READ));
      lock.exitWrite(lock.enterWrite(WRITE));
    }).join();
    ReadMostlyStats stats = lock.stats();
    assertFalse(stats.writeLocked());
    assertEquals(0, stats.readers());
  }

  /** Calls the lock from one frame, as no generated class does: no guarded caller to name. */
  static final class UnguardedCaller {
    static IllegalStateException upgrade(ReadMostlyLock lock) {
      ReadMostlyHold read = lock.enterRead(READ);
      try {
        lock.exitWrite(lock.enterWrite(WRITE));
        throw new AssertionError("the upgrade was let through");
      } catch (IllegalStateException refused) {
        return refused;
      } finally {
        lock.exitRead(read);
      }
    }
  }

  /**
   * Shaped like a generated class: each method takes its guard, then runs what it is given. Each
   * is written out, as generated overrides are: a shared helper would be the frame an upgrade's
   * message finds on the stack.
   */
  static final class GuardedCatalog {
    final ReadMostlyLock lock;

    GuardedCatalog(ReadMostlyLock lock) {
      this.lock = lock;
    }

    void read(TestWorker.Body body) throws Exception {
      ReadMostlyHold hold = lock.enterRead(READ);
      try {
        body.run();
      } finally {
        lock.exitRead(hold);
      }
    }

    void size(TestWorker.Body body) throws Exception {
      ReadMostlyHold hold = lock.enterRead(OTHER_READ);
      try {
        body.run();
      } finally {
        lock.exitRead(hold);
      }
    }

    void write() {
      lock.exitWrite(lock.enterWrite(WRITE));
    }

    void writeInterruptibly() throws InterruptedException {
      lock.exitWrite(lock.enterWriteInterruptibly(WRITE));
    }
  }

  /** A thread that holds reads of a lock across steps the test drives one at a time. */
  static final class Reader implements AutoCloseable {
    private final ReadMostlyLock lock;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(step -> {
      Thread t = new Thread(step, "read-mostly-reader");
      t.setDaemon(true); // a deadlocked step must not keep the JVM alive after its failure
      return t;
    });
    private final Deque<ReadMostlyHold> holds = new ArrayDeque<>();

    Reader(ReadMostlyLock lock) {
      this.lock = lock;
    }

    void enter() throws Exception {
      run(() -> holds.push(lock.enterRead(READ)));
    }

    void exit() throws Exception {
      run(() -> lock.exitRead(holds.pop()));
    }

    /** A nested read of each kind proceeds, and a write of each kind is refused. */
    void nestAndTryToUpgrade() throws Exception {
      run(() -> {
        lock.exitRead(lock.enterRead(OTHER_READ));
        lock.exitRead(lock.enterReadInterruptibly(OTHER_READ));
        assertThrows(IllegalStateException.class, () -> lock.enterWrite(WRITE));
        assertThrows(IllegalStateException.class, () -> lock.enterWriteInterruptibly(WRITE));
      });
    }

    private void run(TestWorker.Body step) throws Exception {
      Future<?> done = thread.submit(() -> {
        step.run();
        return null;
      });
      try {
        done.get(BOUND_SECONDS, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof Error) {
          throw (Error) e.getCause(); // the step's failed assertion, as is
        }
        throw e;
      } catch (TimeoutException e) {
        fail("a step still runs after " + BOUND_SECONDS + " s (deadlock?)");
      }
    }

    @Override
    public void close() {
      thread.shutdownNow();
    }
  }

  /** A platform thread running a body; join rethrows what it threw. */
  @Test
  void upgradeMessageSaysHowToFixIt() throws Exception {
    GuardedCatalog catalog = new GuardedCatalog(ReadMostlyLock.create(LockStrategy.MUTEX, "Catalog"));
    catalog.read(() -> {
      IllegalStateException e = assertThrows(IllegalStateException.class, catalog::write);
      assertEquals(WRITE + " called from inside the read lock held by " + READ
          + ": upgrading a read lock to a write lock would deadlock. Make " + READ + " @Write, or call "
          + WRITE + " after " + READ + " returns.", e.getMessage());
    });
  }
}
