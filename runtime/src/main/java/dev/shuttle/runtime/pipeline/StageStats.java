package dev.shuttle.runtime.pipeline;

/**
 * A snapshot of one pipeline stage. Counters are exact once the pipeline is closed; while it runs
 * they are read one after the other, so they may be a few items apart.
 *
 * @param name the stage method's name
 * @param workers threads that run the stage
 * @param capacity the capacity of its input queue
 * @param queued items waiting in its input queue
 * @param received items taken from the queue: {@code completed + filtered + failed + inFlight()}
 * @param completed items the stage handled and passed on (or, for the last stage, finished)
 * @param filtered items it dropped: an empty {@code Optional}, or an empty expansion
 * @param failed items on which it threw
 * @param emitted items it passed on; more than {@code completed} when it expands items
 */
public record StageStats(
    String name,
    int workers,
    int capacity,
    int queued,
    long received,
    long completed,
    long filtered,
    long failed,
    long emitted) {

  /** Items the workers are handling right now. */
  public long inFlight() {
    return Math.max(0, received - completed - filtered - failed);
  }
}
