package dev.shuttle.examples.faults;

import dev.shuttle.Phase;
import dev.shuttle.Phased;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A {@code @Phased} run of two parties whose party 0 does what the test says in the first phase. */
final class FaultyPhases {
  private FaultyPhases() {}

  @Phased(parties = 2)
  static class Steps {
    final AtomicReference<Throwable> thrown = new AtomicReference<>();
    final AtomicInteger secondPhases = new AtomicInteger();
    private final Work partyZero;

    Steps(Work partyZero) {
      this.partyZero = partyZero;
    }

    @Phase(1)
    void first(int party) throws InterruptedException {
      if (party == 0) {
        partyZero.run(thrown);
      }
    }

    @Phase(2)
    void second() {
      secondPhases.incrementAndGet();
    }
  }
}
