package dev.shuttle.runtime.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The restart record against the obvious model: the restarts of the last window, at most {@code max}. */
class RestartBudgetTest {
  @Test
  void allowsAtMostMaxRestartsInAnyWindowAsAQueueOfTimesWould() {
    SplittableRandom random = new SplittableRandom(11);
    for (int max : new int[] {1, 3, 4, 5, 9, 40}) {
      long window = 1_000;
      RestartBudget budget = new RestartBudget(new ActorSettings.Restarts(max, window, 10));
      Deque<Long> model = new ArrayDeque<>();
      long now = 0;
      for (int step = 0; step < 5_000; step++) {
        now += random.nextLong(0, window / Math.max(1, max / 2));
        while (!model.isEmpty() && now - model.peekFirst() >= window) {
          model.pollFirst();
        }
        boolean expected = model.size() < max;
        if (expected) {
          model.addLast(now);
        }
        assertEquals(expected, budget.tryRestart(now), "max " + max + ", step " + step);
        assertEquals(expected ? new ActorSettings.Restarts(max, window, 10).backoffAfter(model.size()) : 0,
            budget.takePause(), "the back-off owed, max " + max + ", step " + step);
      }
    }
  }
}
