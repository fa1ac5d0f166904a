package dev.shuttle.benchmarks.phased;

import dev.shuttle.AfterPhase;
import dev.shuttle.Phase;
import dev.shuttle.Phased;

/**
 * Jacobi relaxation of a rod for a fixed number of rounds: two phases per round, each party
 * owning a slice. The same object runs under {@code RodPhases} and under the hand-written
 * barrier programs, so only the wiring differs.
 */
@Phased(until = "done")
public class Rod implements TwoPhaseProgram {
  private final double[] current;
  private final double[] next;
  private final int parties;
  private final int rounds;
  private int round;

  public Rod(int cells, int parties, int rounds) {
    this.current = new double[cells];
    this.next = new double[cells];
    this.current[0] = 100.0;
    this.parties = parties;
    this.rounds = rounds;
  }

  @Phase(1)
  public void relax(int party) {
    for (int i = first(party), end = first(party + 1); i < end; i++) {
      next[i] = (current[i - 1] + current[i + 1]) * 0.5;
    }
  }

  @Phase(2)
  public void update(int party) {
    for (int i = first(party), end = first(party + 1); i < end; i++) {
      current[i] = next[i];
    }
  }

  @AfterPhase
  @Override
  public void afterPhase(int phase) {
    if (phase == 2) {
      round++;
    }
  }

  @Override
  public boolean done() {
    return round == rounds;
  }

  @Override
  public void phase(int phase, int party) {
    if (phase == 1) {
      relax(party);
    } else {
      update(party);
    }
  }

  public double middle() {
    return current[current.length / 2];
  }

  private int first(int party) {
    return 1 + (int) ((long) (current.length - 2) * party / parties);
  }
}
