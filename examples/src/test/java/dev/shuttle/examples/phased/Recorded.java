package dev.shuttle.examples.phased;

import dev.shuttle.AfterPhase;
import dev.shuttle.Phase;
import dev.shuttle.Phased;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code @Phased} test classes that record what their parties did. */
final class Recorded {
  private Recorded() {}

  /**
   * Every party logs each phase it starts and ends; the barrier action logs too. The log shows
   * the barrier: all of a phase's events come before any event of the next phase.
   */
  @Phased(parties = 3, until = "enough")
  static class Steps {
    final ConcurrentLinkedQueue<String> log = new ConcurrentLinkedQueue<>();
    final List<Integer> afterPhases = new ArrayList<>(); // the barrier action runs alone
    int rounds;

    @Phase(10)
    void first(int party) {
      log.add("start 10 " + party);
      Thread.yield();
      log.add("end 10 " + party);
    }

    @Phase(20)
    void second() {
      log.add("start 20");
      log.add("end 20");
    }

    @Phase(30)
    void third(int party) {
      log.add("start 30 " + party);
      log.add("end 30 " + party);
    }

    @AfterPhase
    void after(int phase) {
      log.add("after " + phase);
      afterPhases.add(phase);
      if (phase == 30) {
        rounds++;
      }
    }

    boolean enough() {
      return rounds == 50;
    }
  }

  /** Party 1 throws in the second phase of the third round. */
  @Phased(parties = 4, until = "never")
  static class Breaking {
    final IllegalStateException failure = new IllegalStateException("party 1 broke");
    final ConcurrentLinkedQueue<Integer> rounds = new ConcurrentLinkedQueue<>();
    volatile int round;

    @Phase(1)
    void count(int party) {
      if (party == 0) {
        rounds.add(round);
      }
    }

    @Phase(2)
    void maybeFail(int party) {
      if (party == 1 && round == 2) {
        throw failure;
      }
    }

    @AfterPhase
    void next(int phase) {
      if (phase == 2) {
        round++;
      }
    }

    boolean never() {
      return false;
    }
  }

  /** Two parties fail with checked exceptions; one phase, one round. */
  @Phased(parties = 2)
  static class BothFail {
    final CountDownLatch bothIn = new CountDownLatch(2);

    @Phase(1)
    void fail(int party) throws IOException, InterruptedException {
      bothIn.countDown();
      bothIn.await(30, TimeUnit.SECONDS);
      throw new IOException("party " + party);
    }
  }

  /** Party 0 sleeps (interruptibly) far longer than any test waits. */
  @Phased(parties = 2)
  static class Slow {
    final CountDownLatch stopped = new CountDownLatch(2);

    @Phase(1)
    void work(int party) throws InterruptedException {
      try {
        if (party == 0) {
          Thread.sleep(TimeUnit.MINUTES.toMillis(10));
        }
      } finally {
        stopped.countDown();
      }
    }
  }

  /** One party per core, with a name that is a Java keyword when lower-cased. */
  @Phased
  static class Switch {
    final ConcurrentLinkedQueue<Integer> parties = new ConcurrentLinkedQueue<>();

    @Phase(1)
    void hello(int party) {
      parties.add(party);
    }
  }
}
