package dev.shuttle.runtime.pool;

import dev.shuttle.runtime.Snapshot;

/**
 * A cheap snapshot of a {@link TaskPool}.
 *
 * @param threads the pool's size now (for virtual threads: tasks running)
 * @param active tasks running now
 * @param queued tasks waiting for a thread (for virtual threads: 0)
 * @param waits calls that found the queue full and waited for room
 * @param refused calls refused: queue full with {@code REJECT}, a timed wait that ran out, or shut down
 * @param failed fire-and-forget tasks that threw (their failures went to the failure handler)
 */
public record TaskPoolStats(
    String name, PoolSpec spec, int threads, int active, int queued, long waits, long refused, long failed,
    boolean shutdown) implements Snapshot {}
