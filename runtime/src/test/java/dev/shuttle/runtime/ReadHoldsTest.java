package dev.shuttle.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The per-thread stack of read holds, beyond the inline first frame. */
class ReadHoldsTest {

  @Test
  void keepsFramesBeyondTheFirstAndReleasesInAnyOrder() {
    ReadHolds holds = new ReadHolds();
    for (long lock = 1; lock <= 10; lock++) {
      assertFalse(holds.holds(lock));
      holds.push(lock, "M" + lock);
    }
    for (long lock = 1; lock <= 10; lock++) {
      assertTrue(holds.holds(lock));
      assertEquals("M" + lock, holds.holder(lock));
    }
    holds.pop(10); // in order
    holds.pop(1); // the inline frame, out of order: the next one moves up
    holds.pop(5); // from the middle
    holds.pop(42); // never held: ignored
    for (long lock = 1; lock <= 10; lock++) {
      boolean held = lock != 1 && lock != 5 && lock != 10;
      assertEquals(held, holds.holds(lock), "lock " + lock);
      assertEquals(held ? "M" + lock : null, holds.holder(lock));
    }
    for (long lock : new long[] {2, 9, 3, 8, 4, 7, 6}) {
      holds.pop(lock);
    }
    for (long lock = 1; lock <= 10; lock++) {
      assertFalse(holds.holds(lock));
      assertNull(holds.holder(lock));
    }
    holds.push(3, "again"); // reusable after emptying
    assertEquals("again", holds.holder(3));
  }

  @Test
  void isPerThread() throws Exception {
    ReadHolds mine = ReadHolds.current();
    mine.push(7, "M");
    try {
      ReadMostlyLockTest.Worker.start(() -> assertFalse(ReadHolds.current().holds(7))).join();
      assertTrue(ReadHolds.current().holds(7));
    } finally {
      mine.pop(7);
    }
  }
}
