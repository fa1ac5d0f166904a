package dev.shuttle.runtime.phased;

import dev.shuttle.runtime.InternalApi;

/**
 * The barrier between the phases of a {@code @Phased} run, as one party sees it: generated code
 * calls {@link #await()} after each phase.
 */
@InternalApi
public final class PhaseBarrier {
  private final PartyBarrier barrier;
  private final int party;

  PhaseBarrier(PartyBarrier barrier, int party) {
    this.barrier = barrier;
    this.party = party;
  }

  /**
   * Returns once every party has finished the phase, and the {@code @AfterPhase} action has run.
   * If another party failed, or the run was stopped, it throws instead, and this party stops
   * (the run reports why).
   */
  public void await() {
    barrier.await(party);
  }
}
