package dev.shuttle.runtime.phased;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shuttle.runtime.testing.ThreadContext;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every party of a run, and the action between phases, run with the context of the thread that started the run. */
@Timeout(30)
class PhasedContextTest {
  private static final int PARTIES = 3;

  private final ThreadContext context = ThreadContext.register();
  private final List<String> seen = new CopyOnWriteArrayList<>();

  @AfterEach
  void unregister() {
    context.close();
  }

  private final PhasedParties program = new PhasedParties("Grid", PARTIES, 1, 2) {
    @Override
    protected void round(int party, PhaseBarrier barrier) {
      seen.add("party:" + context.get());
      barrier.await();
      seen.add("party:" + context.get());
      barrier.await();
    }

    @Override
    protected void afterPhase(int phase) {
      seen.add("afterPhase:" + context.get());
    }
  };

  @Test
  void everyPartyAndTheActionBetweenPhasesSeeTheStartersContext() throws Exception {
    context.set("alice");
    program.run(Duration.ofSeconds(10));
    assertEquals(2 * PARTIES + 2, seen.size());
    assertEquals(List.of(), seen.stream().filter(s -> !s.endsWith(":alice")).toList());
    assertEquals(PARTIES, context.restores(), "one restore per party, for its whole run");
    assertEquals(PARTIES, context.undos());
  }
}
