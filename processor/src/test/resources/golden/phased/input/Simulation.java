package golden;

import dev.shuttle.AfterPhase;
import dev.shuttle.Phase;
import dev.shuttle.Phased;

/** The README's example: two phases per round, a barrier action, and rounds until done. */
@Phased(parties = 4, until = "done")
public class Simulation {
  private final double[] positions = new double[1_000];
  private final double[] forces = new double[1_000];
  private int steps;

  @Phase(1)
  void forces(int party) {
    for (int i = party; i < forces.length; i += 4) {
      forces[i] = -positions[i];
    }
  }

  @Phase(2)
  void integrate(int party) {
    for (int i = party; i < positions.length; i += 4) {
      positions[i] += 0.01 * forces[i];
    }
  }

  @AfterPhase
  void checkpoint(int phase) {
    if (phase == 2) {
      steps++;
    }
  }

  boolean done() {
    return steps == 100;
  }
}
