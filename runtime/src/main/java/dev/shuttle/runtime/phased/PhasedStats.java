package dev.shuttle.runtime.phased;

import dev.shuttle.runtime.Snapshot;

/**
 * A snapshot of one run of a {@code @Phased} class's parties, cheap enough to poll.
 *
 * @param typeName the user's class, as the parties' thread names show it
 * @param parties how many parties the run has
 * @param running parties that have not finished yet
 * @param phasesCompleted phases every party has finished (each barrier the run passed)
 * @param failed whether a party or the {@code @AfterPhase} action has thrown (the run then fails)
 */
public record PhasedStats(String typeName, int parties, int running, long phasesCompleted, boolean failed)
    implements Snapshot {}
