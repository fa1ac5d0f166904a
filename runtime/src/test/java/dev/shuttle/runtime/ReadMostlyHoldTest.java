package dev.shuttle.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** A thread's stack of holds, beyond the inline first frame; each test runs on a fresh thread. */
class ReadMostlyHoldTest {

  @Test
  void keepsFramesBeyondTheFirstAndReleasesInAnyOrder() throws Exception {
    ReadMostlyLockTest.Worker.start(() -> {
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
    ReadMostlyLockTest.Worker.start(() -> {
      ReadMostlyHold mine = ReadMostlyHold.current();
      mine.push(7);
      ReadMostlyLockTest.Worker.start(() -> assertEquals(ReadMostlyHold.NONE, ReadMostlyHold.current().mode(7)))
          .join();
      assertEquals(ReadMostlyHold.READ, ReadMostlyHold.current().mode(7));
      mine.pop(7);
    }).join();
  }

  /** More threads than the cache has slots: those sharing a slot still get their own records. */
  @Test
  void everyThreadGetsItsOwnRecordWhateverItsId() throws Exception {
    Set<ReadMostlyHold> seen = ConcurrentHashMap.newKeySet();
    for (int i = 0; i < 600; i++) {
      long lock = 1 + i;
      ReadMostlyLockTest.Worker.start(() -> {
        ReadMostlyHold mine = ReadMostlyHold.current();
        assertSame(mine, ReadMostlyHold.current());
        assertEquals(0L, mine.first, "a fresh thread holds nothing");
        mine.push(lock); // left held: a record handed on to another thread would show it
        assertEquals(ReadMostlyHold.READ, ReadMostlyHold.current().mode(lock));
        assertTrue(seen.add(mine), "a record handed to two threads");
      }).join();
    }
  }
}
