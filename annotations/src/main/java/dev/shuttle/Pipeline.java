package dev.shuttle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Turns a class whose {@link Stage} methods are the steps of a job into a producer-consumer
 * pipeline: the processor generates {@code FooPipeline}, which runs each stage on its own worker
 * threads and joins consecutive stages with a bounded queue.
 *
 * <pre>{@code
 * @Pipeline(bound = 100)
 * class Ingest {
 *   @Stage Page fetch(Url url) { ... }                   // its parameter is what submit takes
 *   @Stage(workers = 4) Optional<Doc> parse(Page p) { ... } // empty: filtered out (counted)
 *   @Stage(workers = 2) void store(Doc d) { ... }        // the sink
 * }
 *
 * IngestPipeline pipeline = IngestPipeline.start(new Ingest());
 * pipeline.submit(url);                               // waits while the first queue is full
 * PipelineStats stats = pipeline.close().join();      // drains everything accepted, then stops
 * }</pre>
 *
 * <p>The stages run in declaration order; each one's parameter must accept what the one before
 * passes on. A full queue makes the stage before it wait (backpressure), so a slow stage slows
 * the producers down instead of filling memory. A stage that throws sends the item to the class's
 * {@link OnError} method (or {@code System.Logger} at {@code WARNING}), counts it, and goes on.
 *
 * <p>Stage methods with more than one worker run on several threads at once, on the same
 * instance: make what they share thread-safe.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Pipeline {

  /**
   * The largest queue capacity, for {@link #bound()} and {@link Stage#bound()}: 2^30 items, the
   * largest ring the runtime's queues allocate.
   */
  int MAX_BOUND = 1 << 30;

  /** Capacity of every queue between stages (and in front of the first); 1 to {@link #MAX_BOUND}. */
  int bound() default 100;
}
