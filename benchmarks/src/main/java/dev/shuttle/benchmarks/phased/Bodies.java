package dev.shuttle.benchmarks.phased;

import dev.shuttle.AfterPhase;
import dev.shuttle.Phase;
import dev.shuttle.Phased;

/**
 * The README's simulation: bodies on a plane pulling at each other. Phase 1 computes the forces
 * on each party's bodies from all bodies (n² work, compute bound); phase 2 moves them. The
 * barrier keeps a body from moving while another party still reads its position.
 */
@Phased(until = "done")
public class Bodies implements TwoPhaseProgram {
  private final double[] x;
  private final double[] y;
  private final double[] vx;
  private final double[] vy;
  private final double[] fx;
  private final double[] fy;
  private final int parties;
  private final int rounds;
  private int round;

  public Bodies(int bodies, int parties, int rounds) {
    x = new double[bodies];
    y = new double[bodies];
    vx = new double[bodies];
    vy = new double[bodies];
    fx = new double[bodies];
    fy = new double[bodies];
    for (int i = 0; i < bodies; i++) {
      x[i] = Math.cos(i * 0.7) * (1 + i % 17);
      y[i] = Math.sin(i * 1.3) * (1 + i % 13);
    }
    this.parties = parties;
    this.rounds = rounds;
  }

  @Phase(1)
  public void forces(int party) {
    for (int i = first(party), end = first(party + 1); i < end; i++) {
      double ax = 0;
      double ay = 0;
      for (int j = 0; j < x.length; j++) {
        double dx = x[j] - x[i];
        double dy = y[j] - y[i];
        double d2 = dx * dx + dy * dy + 1e-3;
        double inv = 1 / (d2 * Math.sqrt(d2));
        ax += dx * inv;
        ay += dy * inv;
      }
      fx[i] = ax;
      fy[i] = ay;
    }
  }

  @Phase(2)
  public void move(int party) {
    for (int i = first(party), end = first(party + 1); i < end; i++) {
      vx[i] += 1e-4 * fx[i];
      vy[i] += 1e-4 * fy[i];
      x[i] += 1e-4 * vx[i];
      y[i] += 1e-4 * vy[i];
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
      forces(party);
    } else {
      move(party);
    }
  }

  public double energy() {
    double e = 0;
    for (int i = 0; i < x.length; i++) {
      e += vx[i] * vx[i] + vy[i] * vy[i];
    }
    return e;
  }

  private int first(int party) {
    return (int) ((long) x.length * party / parties);
  }
}
