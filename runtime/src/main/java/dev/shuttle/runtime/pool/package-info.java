/**
 * Thread pools and what runs on them: {@code @Async} methods, {@code @Race} sources and
 * {@code @ForkJoin} splits.
 *
 * <p>A user touches {@link dev.shuttle.runtime.pool.TaskPools} (every named pool, their snapshots,
 * the fire-and-forget failure handler, one graceful shutdown), {@link dev.shuttle.runtime.pool.TaskPool}
 * and {@link dev.shuttle.runtime.pool.PoolSpec} (a pool and how it is sized),
 * {@link dev.shuttle.runtime.pool.TaskPoolStats}, {@link dev.shuttle.runtime.pool.AsyncFailureHandler}
 * and {@link dev.shuttle.runtime.pool.RaceFailedException}. The rest exists for generated code,
 * carries {@link dev.shuttle.runtime.InternalApi}, and may change in any release.
 */
package dev.shuttle.runtime.pool;
