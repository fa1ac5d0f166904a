package dev.shuttle.examples.config;

import dev.shuttle.ForkJoin;
import dev.shuttle.From;
import dev.shuttle.OnLimit;
import dev.shuttle.Phase;
import dev.shuttle.Phased;
import dev.shuttle.Pipeline;
import dev.shuttle.RateLimited;
import dev.shuttle.Stage;
import dev.shuttle.To;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Annotated classes whose values {@code OverridesExampleTest} overrides at deploy time. */
final class Overridden {
  private Overridden() {}

  static class Client {
    @RateLimited(value = 2, unit = TimeUnit.MINUTES, onLimit = OnLimit.FAIL)
    public String call() {
      return "ok";
    }
  }

  static class Leaves {
    final AtomicInteger leaves = new AtomicInteger();

    @ForkJoin(threshold = 1_000)
    public void visit(@From int from, @To int to) {
      leaves.incrementAndGet();
    }
  }

  @Phased(parties = 2)
  static class Party {
    final Set<Integer> parties = ConcurrentHashMap.newKeySet();

    @Phase(1)
    void step(int party) {
      parties.add(party);
    }
  }

  /** One worker that holds the first item until the test opens the gate: the queue behind it fills. */
  @Pipeline(bound = 2)
  static class Gate {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch open = new CountDownLatch(1);

    @Stage
    void hold(Integer item) throws InterruptedException {
      entered.countDown();
      if (!open.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never opened the gate");
      }
    }
  }
}
