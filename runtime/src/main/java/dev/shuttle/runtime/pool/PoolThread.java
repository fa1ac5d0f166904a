package dev.shuttle.runtime.pool;

import dev.shuttle.runtime.internal.ShuttleThread;

/** A platform pool's worker: a {@link ShuttleThread} that notes where its running task started. */
final class PoolThread extends ShuttleThread {
  // Written and read by this thread only, for ADAPTIVE pools.
  long taskCpuStart;
  long taskWallStart;

  PoolThread(Runnable body, String name) {
    super(body, name);
  }
}
