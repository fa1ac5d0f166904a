package dev.shuttle.runtime.readmostly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.testing.TestWorker;
import java.lang.ref.WeakReference;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A thread's stack of holds, beyond the inline first frame; each test runs on a fresh thread. */
class ReadMostlyHoldTest {

  @Test
  void keepsFramesBeyondTheFirstAndReleasesInAnyOrder() throws Exception {
    TestWorker.start(() -> {
      ReadMostlyHold holds = ReadMostlyHold.current();
      for (long lock = 1; lock <= 10; lock++) {
        assertEquals(ReadMostlyHold.NONE, holds.mode(lock));
        holds.push(lock % 2 == 0 ? -lock : lock);
      }
      for (long lock = 1; lock <= 10; lock++) {
        assertEquals(lock % 2 == 0 ? ReadMostlyHold.WRITE : ReadMostlyHold.READ, holds.mode(lock));
      }
      assertTrue(holds.pop(-10)); // in order
      assertTrue(holds.pop(1)); // the inline frame, out of order: the next one moves up
      assertTrue(holds.pop(5)); // from the middle
      assertFalse(holds.pop(42)); // never held
      assertFalse(holds.pop(4)); // held, but for writing
      for (long lock = 1; lock <= 10; lock++) {
        boolean held = lock != 1 && lock != 5 && lock != 10;
        int mode = !held ? ReadMostlyHold.NONE : lock % 2 == 0 ? ReadMostlyHold.WRITE : ReadMostlyHold.READ;
        assertEquals(mode, holds.mode(lock), "lock " + lock);
      }
      for (long lock : new long[] {2, 9, 3, 8, 4, 7, 6}) {
        assertTrue(holds.pop(lock % 2 == 0 ? -lock : lock), "lock " + lock);
      }
      for (long lock = 1; lock <= 10; lock++) {
        assertEquals(ReadMostlyHold.NONE, holds.mode(lock));
      }
      assertEquals(0L, holds.first);
      holds.push(3); // reusable after emptying
      assertEquals(ReadMostlyHold.READ, holds.mode(3));
      assertTrue(holds.pop(3));
      assertEquals(0L, holds.first);
    }).join();
  }

  @Test
  void isPerThread() throws Exception {
    TestWorker.start(() -> {
      ReadMostlyHold mine = ReadMostlyHold.current();
      mine.push(7);
      TestWorker.start(() -> assertEquals(ReadMostlyHold.NONE, ReadMostlyHold.current().mode(7)))
          .join();
      assertEquals(ReadMostlyHold.READ, ReadMostlyHold.current().mode(7));
      mine.pop(7);
    }).join();
  }

  @Test
  void releasesFromAFullFirstArrayInAnyOrder() throws Exception {
    TestWorker.start(() -> {
      ReadMostlyHold holds = ReadMostlyHold.current();
      holds.push(1); // inline
      holds.push(2); // deeper: [2, 3, 4], an array of exactly four
      holds.push(3);
      holds.push(4);
      assertFalse(holds.pop(5), "never held");
      assertTrue(holds.pop(3)); // the middle of the array
      assertEquals(ReadMostlyHold.NONE, holds.mode(3));
      assertEquals(ReadMostlyHold.READ, holds.mode(4));
      assertTrue(holds.pop(2)); // the bottom of the array, not its top
      assertEquals(ReadMostlyHold.NONE, holds.mode(2));
      assertTrue(holds.pop(4)); // the top
      assertTrue(holds.pop(1));
      assertEquals(0L, holds.first);
      holds.push(5);
      holds.push(6);
      holds.push(7);
      holds.push(8);
      assertTrue(holds.pop(8), "the top of a full array");
      assertTrue(holds.pop(7));
      assertTrue(holds.pop(6));
      assertTrue(holds.pop(5));
    }).join();
  }

  @Test
  void aPopOfWhatIsNotHeldWithOnlyTheInlineFrameFindsNothing() throws Exception {
    TestWorker.start(() -> {
      ReadMostlyHold holds = ReadMostlyHold.current();
      holds.push(1);
      assertFalse(holds.pop(2));
      assertEquals(ReadMostlyHold.READ, holds.mode(1));
      assertTrue(holds.pop(1));
    }).join();
  }

  @Test
  void theSharedMarkersAreNotCached() {
    assertFalse(ReadMostlyHold.isCached(ReadMostlyHold.NESTED));
    assertFalse(ReadMostlyHold.isCached(ReadMostlyHold.ACQUIRED));
    assertEquals("ReadMostlyHold[nested]", ReadMostlyHold.NESTED.toString());
    assertEquals("ReadMostlyHold[acquired]", ReadMostlyHold.ACQUIRED.toString());
  }

  /** More threads than the cache has slots: those sharing a slot still get their own records. */
  @Test
  void everyThreadGetsItsOwnRecordWhateverItsId() throws Exception {
    Set<ReadMostlyHold> seen = ConcurrentHashMap.newKeySet();
    for (int i = 0; i < 600; i++) {
      long lock = 1 + i;
      TestWorker.start(() -> {
        ReadMostlyHold mine = ReadMostlyHold.current();
        assertSame(mine, ReadMostlyHold.current());
        assertEquals(0L, mine.first, "a fresh thread holds nothing");
        mine.push(lock); // left held: a record handed on to another thread would show it
        assertEquals(ReadMostlyHold.READ, ReadMostlyHold.current().mode(lock));
        assertTrue(seen.add(mine), "a record handed to two threads");
      }).join();
    }
  }

  /**
   * With a new thread per task (virtual threads), ids keep growing: the cache slot of a thread
   * that has died and been collected goes to the next thread whose id maps to it.
   */
  @Test
  void aCollectedThreadsCacheSlotGoesToTheNextThreadMappingToIt() throws Exception {
    System.gc(); // threads of earlier tests give their slots back
    Probe first = null;
    for (int i = 0; i < 1_000 && first == null; i++) { // live threads may hold some slots
      Probe probe = new Probe();
      if (probe.run()) {
        first = probe;
      }
    }
    assertNotNull(first, "none of 1,000 new threads found its record in the cache: are slots ever given back?");
    for (int i = 0; i < 50 && first.thread.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertNull(first.thread.get(), "the finished thread was never collected");
    Probe next;
    do {
      next = new Probe();
    } while (next.slot != first.slot);
    assertTrue(next.run(), "the slot of a collected thread stayed taken");
  }

  /** A thread that finds its record once; known weakly after it has run, so that it can be collected. */
  private static final class Probe {
    private final AtomicBoolean cached = new AtomicBoolean();
    private Thread running = new Thread(() -> cached.set(ReadMostlyHold.isCached(ReadMostlyHold.current())));
    final int slot = ReadMostlyHold.cacheSlot(running.getId());
    final WeakReference<Thread> thread = new WeakReference<>(running);

    /** Whether the thread found its record in the cache. */
    boolean run() throws InterruptedException {
      running.start();
      running.join(TimeUnit.SECONDS.toMillis(10));
      assertFalse(running.isAlive(), "still running after 10 s");
      running = null;
      return cached.get();
    }
  }
}
