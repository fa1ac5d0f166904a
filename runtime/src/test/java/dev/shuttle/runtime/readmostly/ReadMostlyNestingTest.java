package dev.shuttle.runtime.readmostly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.LockStrategy;
import dev.shuttle.runtime.testing.TestWorker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Nesting through the interruptible enters, and holds of several locks in one thread: each step
 * runs on a {@link TestWorker}, so a nested call that wrongly waits for its own thread's lock fails
 * the test within 10 s instead of hanging it. Nothing asserts on timing.
 */
class ReadMostlyNestingTest {
  private static final String READ = "Catalog.read";
  private static final String WRITE = "Catalog.write";

  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void anInterruptibleReadNestsAReadAndRefusesAnUpgrade(LockStrategy strategy) throws Exception {
    ReadMostlyLock lock = ReadMostlyLock.create(strategy, "Catalog");
    TestWorker.start(() -> {
      ReadMostlyHold read = lock.enterReadInterruptibly(READ);
      ReadMostlyHold inner = lock.enterRead(READ);
      assertThrows(IllegalStateException.class, () -> lock.enterWrite(WRITE));
      assertThrows(IllegalStateException.class, () -> lock.enterWriteInterruptibly(WRITE));
      lock.exitRead(inner);
      lock.exitRead(read);
    }).join();
    assertFree(lock);
  }

  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void anInterruptibleWriteNestsReadsAndWrites(LockStrategy strategy) throws Exception {
    ReadMostlyLock lock = ReadMostlyLock.create(strategy, "Catalog");
    TestWorker.start(() -> {
      ReadMostlyHold write = lock.enterWriteInterruptibly(WRITE);
      ReadMostlyHold read = lock.enterReadInterruptibly(READ);
      ReadMostlyHold plainRead = lock.enterRead(READ);
      ReadMostlyHold innerWrite = lock.enterWrite(WRITE);
      lock.exitWrite(innerWrite);
      lock.exitRead(plainRead);
      lock.exitRead(read);
      assertTrue(lock.stats().writeLocked(), "only the outermost exit releases");
      lock.exitWrite(write);
    }).join();
    assertFree(lock);
  }

  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void nestedInterruptibleCallsProceedWhenTheThreadIsInterrupted(LockStrategy strategy) throws Exception {
    ReadMostlyLock lock = ReadMostlyLock.create(strategy, "Catalog");
    TestWorker.start(() -> {
      ReadMostlyHold read = lock.enterRead(READ);
      Thread.currentThread().interrupt();
      ReadMostlyHold inner = lock.enterReadInterruptibly(READ); // never waits, so nothing to interrupt
      assertTrue(Thread.currentThread().isInterrupted(), "the flag stays for the outer code");
      lock.exitRead(inner);
      lock.exitRead(read);

      ReadMostlyHold write = lock.enterWrite(WRITE);
      ReadMostlyHold innerWrite = lock.enterWriteInterruptibly(WRITE);
      ReadMostlyHold readInWrite = lock.enterReadInterruptibly(READ);
      assertTrue(Thread.interrupted());
      lock.exitRead(readInWrite);
      lock.exitWrite(innerWrite);
      lock.exitWrite(write);
    }).join();
    assertFree(lock);
  }

  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void aReadOfASecondLockKeepsItsOwnNestingAndRefusal(LockStrategy strategy) throws Exception {
    ReadMostlyLock first = ReadMostlyLock.create(strategy, "First");
    ReadMostlyLock second = ReadMostlyLock.create(strategy, "Second");
    TestWorker.start(() -> {
      ReadMostlyHold outer = first.enterRead(READ);
      ReadMostlyHold read = second.enterRead(READ); // this thread already holds a lock
      ReadMostlyHold nested = second.enterRead(READ);
      assertThrows(IllegalStateException.class, () -> second.enterWrite(WRITE), "an upgrade of the second lock");
      second.exitRead(nested);
      second.exitRead(read);
      ReadMostlyHold write = second.enterWrite(WRITE); // the second lock is free again, the first still read
      second.exitWrite(write);
      first.exitRead(outer);
    }).join();
    assertFree(first);
    assertFree(second);
  }

  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void aWriteInsideAWriteOfAnotherLockTakesItsOwnLock(LockStrategy strategy) throws Exception {
    ReadMostlyLock first = ReadMostlyLock.create(strategy, "First");
    ReadMostlyLock second = ReadMostlyLock.create(strategy, "Second");
    TestWorker.start(() -> {
      ReadMostlyHold outer = first.enterWrite(WRITE);
      ReadMostlyHold write = second.enterWrite(WRITE);
      assertTrue(second.stats().writeLocked(), "taken, not mistaken for a nested call");
      ReadMostlyHold nested = second.enterWrite(WRITE);
      second.exitWrite(nested);
      second.exitWrite(write);
      assertFalse(second.stats().writeLocked());
      first.exitWrite(outer);
    }).join();
    assertFree(first);
    assertFree(second);
  }

  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void anUpgradeFromALambdaNamesTheMethodTheLambdaIsIn(LockStrategy strategy) throws Exception {
    LambdaCatalog catalog = new LambdaCatalog(ReadMostlyLock.create(strategy, "Catalog"));
    TestWorker.start(catalog::find).join();
    assertEquals(WRITE + " called from inside the read lock held by Catalog.find: upgrading a read lock to a"
        + " write lock would deadlock. Make Catalog.find @Write, or call " + WRITE + " after Catalog.find returns.",
        catalog.refusal);
  }

  /** A read whose body is a lambda: the stack shows {@code lambda$find$0}, the message {@code find}. */
  private static final class LambdaCatalog {
    final ReadMostlyLock lock;
    String refusal;

    LambdaCatalog(ReadMostlyLock lock) {
      this.lock = lock;
    }

    void find() {
      Runnable body = () -> {
        ReadMostlyHold hold = lock.enterRead(READ);
        try {
          write();
        } catch (IllegalStateException e) {
          refusal = e.getMessage();
        } finally {
          lock.exitRead(hold);
        }
      };
      body.run();
    }

    void write() {
      lock.exitWrite(lock.enterWrite(WRITE));
    }
  }

  /** Another thread can take the write lock at once: nothing was left held. */
  private static void assertFree(ReadMostlyLock lock) throws Exception {
    assertEquals(0, lock.stats().readers());
    assertFalse(lock.stats().writeLocked());
    TestWorker.start(() -> lock.exitWrite(lock.enterWrite(WRITE))).join();
  }
}
