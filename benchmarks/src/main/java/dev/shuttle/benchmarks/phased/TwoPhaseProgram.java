package dev.shuttle.benchmarks.phased;

/**
 * What the hand-written barrier programs run: the same two phases, barrier action and stop
 * condition that the {@code @Phased} classes give {@code FooPhases}, so only the wiring differs.
 */
interface TwoPhaseProgram {
  void phase(int phase, int party);

  void afterPhase(int phase);

  boolean done();
}
