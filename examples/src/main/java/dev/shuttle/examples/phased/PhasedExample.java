package dev.shuttle.examples.phased;

/**
 * Relaxes a heated rod with one party per core until it converges, then checks the result is the
 * straight line from 100° to 0° that the heat equation says it must be.
 */
public final class PhasedExample {
  static final int CELLS = 48;

  public static void main(String[] args) {
    HeatRod rod = new HeatRod(CELLS, HeatRodPhases.parties(), 1e-9);
    long start = System.nanoTime();
    HeatRodPhases.run(rod);
    double millis = (System.nanoTime() - start) / 1e6;

    double worst = 0;
    for (int i = 0; i < rod.cells(); i++) {
      double exact = HeatRod.HOT + (HeatRod.COLD - HeatRod.HOT) * i / (rod.cells() - 1);
      worst = Math.max(worst, Math.abs(rod.temperature(i) - exact));
    }
    System.out.printf("phased: a rod of %d cells on %d parties converged after %,d rounds (%,d barriers) in %.0f ms%n",
        CELLS, HeatRodPhases.parties(), rod.rounds(), 2 * rod.rounds(), millis);
    System.out.printf("phased: middle cell %.3f°, largest distance from the exact straight line %.1e°%n",
        rod.temperature(CELLS / 2), worst);
    if (worst > 1e-3) {
      throw new IllegalStateException("the rod did not converge to a straight line: off by " + worst);
    }
  }

  private PhasedExample() {}
}
