package dev.shuttle.examples.phased;

import dev.shuttle.AfterPhase;
import dev.shuttle.Phase;
import dev.shuttle.Phased;

/**
 * A 1-D rod whose ends are held at 100° and 0°, relaxed by Jacobi iteration until no cell changes
 * by more than {@code tolerance}. Each party owns a slice of the cells. Phase 1 computes every
 * cell's next temperature from its neighbours' current ones; phase 2 copies them back. The
 * barrier between them is what makes this correct: a party must not overwrite its edge cells
 * while a neighbouring party still reads them.
 */
@Phased(parties = 0, until = "converged")
public class HeatRod {
  static final double HOT = 100.0;
  static final double COLD = 0.0;

  private final double[] current;
  private final double[] next;
  private final double[] largestChange; // per party, written in phase 2, read after it
  private final int parties;
  private final double tolerance;
  private double change = Double.MAX_VALUE;
  private int rounds;

  public HeatRod(int cells, int parties, double tolerance) {
    this.current = new double[cells];
    this.next = new double[cells];
    this.current[0] = HOT;
    this.current[cells - 1] = COLD;
    this.largestChange = new double[parties];
    this.parties = parties;
    this.tolerance = tolerance;
  }

  @Phase(1)
  void relax(int party) {
    for (int i = first(party); i < end(party); i++) {
      next[i] = (current[i - 1] + current[i + 1]) / 2;
    }
  }

  @Phase(2)
  void update(int party) {
    double largest = 0;
    for (int i = first(party); i < end(party); i++) {
      largest = Math.max(largest, Math.abs(next[i] - current[i]));
      current[i] = next[i];
    }
    largestChange[party] = largest;
  }

  @AfterPhase
  void measure(int phase) {
    if (phase == 2) {
      change = 0;
      for (double c : largestChange) {
        change = Math.max(change, c);
      }
      rounds++;
    }
  }

  boolean converged() {
    return change < tolerance;
  }

  int rounds() {
    return rounds;
  }

  double temperature(int cell) {
    return current[cell];
  }

  int cells() {
    return current.length;
  }

  /** The inner cells (the two ends are fixed), cut into one contiguous slice per party. */
  private int first(int party) {
    return 1 + (int) ((long) (current.length - 2) * party / parties);
  }

  private int end(int party) {
    return first(party + 1);
  }
}
