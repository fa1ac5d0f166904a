package dev.shuttle.runtime.queue;

import java.util.ArrayDeque;

/**
 * The sequential behaviour every concurrent history of a {@link BoundedQueue} must match: a FIFO
 * queue of {@link #CAPACITY} elements that refuses offers once full or closed. The capacity is
 * not a power of two, so the exact limit is checked too.
 */
public final class BoundedQueueSpec {
  static final int CAPACITY = 3;

  private final ArrayDeque<Integer> elements = new ArrayDeque<>();
  private boolean closed;

  public boolean offer(int value) {
    if (closed || elements.size() == CAPACITY) {
      return false;
    }
    return elements.add(value);
  }

  public Integer poll() {
    return elements.poll();
  }

  public void close() {
    closed = true;
  }

  public boolean isDrained() {
    return closed && elements.isEmpty();
  }
}
