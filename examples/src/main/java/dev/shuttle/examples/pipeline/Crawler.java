package dev.shuttle.examples.pipeline;

import dev.shuttle.OnError;
import dev.shuttle.Pipeline;
import dev.shuttle.Stage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A producer-consumer crawler: pages come in fast, processing them is slow. The generated
 * {@code CrawlerPipeline} puts a queue of 100 in front of each stage, so when the four
 * {@code process} workers fall behind, {@code submit} waits instead of piling pages up in memory.
 */
@Pipeline(bound = 100)
public class Crawler {
  final AtomicLong stored = new AtomicLong();
  final AtomicLong words = new AtomicLong();
  final AtomicLong failed = new AtomicLong();

  /** Fast: builds the page (stands in for an API call). */
  @Stage
  Page fetch(Integer id) {
    return new Page(id, ("word ").repeat(100 + id % 50));
  }

  /** Slow: about a millisecond of work per page, on four workers. */
  @Stage(workers = 4)
  Summary process(Page page) {
    if (page.id() % 500 == 499) {
      throw new IllegalStateException("page " + page.id() + " is malformed");
    }
    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
    return new Summary(page.id(), page.html().split(" ").length);
  }

  @Stage
  void store(Summary summary) {
    stored.incrementAndGet();
    words.addAndGet(summary.words());
  }

  /** Runs on the failing worker, possibly on several at once: only thread-safe state here. */
  @OnError
  void failed(Object item, Throwable error, String stage) {
    failed.incrementAndGet();
  }

  public record Page(int id, String html) {}

  public record Summary(int id, int words) {}
}
