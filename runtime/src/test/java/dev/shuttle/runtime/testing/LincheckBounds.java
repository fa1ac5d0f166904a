package dev.shuttle.runtime.testing;

import org.jetbrains.lincheck.datastructures.Options;

/**
 * The bounds every Lincheck test here runs with. Lincheck's defaults (100 iterations x 10,000
 * invocations) take minutes per test on two busy cores; these keep each test well under 30
 * seconds. {@code -Dit=N -Dinv=N} raise them for a longer hunt.
 */
public final class LincheckBounds {
  private LincheckBounds() {}

  /** Three threads: two producers or consumers where the variant allows several, and the other side. */
  public static <O extends Options<O, ?>> O apply(O options) {
    return apply(options, 3);
  }

  public static <O extends Options<O, ?>> O apply(O options, int threads) {
    return options
        .iterations(Integer.getInteger("it", 6))
        .invocationsPerIteration(Integer.getInteger("inv", 300))
        .threads(threads)
        .actorsPerThread(3);
  }
}
