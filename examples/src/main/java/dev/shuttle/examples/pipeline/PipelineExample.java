package dev.shuttle.examples.pipeline;

import dev.shuttle.runtime.pipeline.PipelineStats;

/**
 * One fast producer, one slow stage: the producer submits 2,000 pages as fast as it can, the four
 * {@code process} workers take about a millisecond each. Backpressure holds the pipeline to its
 * queues' capacity (plus what the workers hold), however far ahead the producer would like to run.
 */
public final class PipelineExample {
  static final int PAGES = 2_000;

  public static void main(String[] args) throws Exception {
    Crawler crawler = new Crawler();
    CrawlerPipeline pipeline = CrawlerPipeline.start(crawler);
    // Everything the pipeline can hold: a queue per stage, and one item per worker.
    long capacity = 0;
    for (var stage : pipeline.stats().stages()) {
      capacity += stage.capacity() + stage.workers();
    }

    long unthrottledMicros = timeToFetchAlone(new Crawler());
    long start = System.nanoTime();
    long mostHeld = 0;
    for (int id = 0; id < PAGES; id++) {
      pipeline.submit(id); // waits while fetch's queue is full
      if (id % 20 == 0) {
        mostHeld = Math.max(mostHeld, pipeline.stats().pending());
      }
    }
    long producerMillis = (System.nanoTime() - start) / 1_000_000;
    PipelineStats stats = pipeline.close().join();
    boolean exact = stats.pending() == 0 && stats.submitted() == stats.completed() + stats.filtered() + stats.failed();

    System.out.printf("pipeline: %d pages -> fetch -> process (4 workers, ~1 ms a page) -> store: %d stored, "
        + "%d failed (reported to @OnError); submitted = completed + filtered + failed: %s%n",
        stats.submitted(), stats.completed(), crawler.failed.get(), exact);
    System.out.printf("pipeline: alone, the producer makes its %d pages in %d us; held to the workers' pace it took "
        + "%d ms, and at most %d pages were ever inside (capacity %d) -> %s%n", PAGES, unthrottledMicros,
        producerMillis, mostHeld, capacity, mostHeld <= capacity ? "memory stayed flat" : "BOUND BROKEN");
    if (mostHeld > capacity || !exact) {
      throw new IllegalStateException("backpressure or accounting broken: " + stats);
    }
  }

  /** How fast the producer would go with nothing holding it back: what an unbounded queue would let in. */
  private static long timeToFetchAlone(Crawler crawler) {
    long start = System.nanoTime();
    long chars = 0;
    for (int id = 0; id < PAGES; id++) {
      chars += crawler.fetch(id).html().length();
    }
    if (chars == 0) {
      throw new AssertionError();
    }
    return (System.nanoTime() - start) / 1_000;
  }

  private PipelineExample() {}
}
