package dev.shuttle.runtime;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;

import dev.shuttle.FailurePolicy;
import dev.shuttle.LockStrategy;
import dev.shuttle.Overflow;
import dev.shuttle.runtime.actor.CounterActor;
import dev.shuttle.runtime.pipeline.PipelineEngine;
import dev.shuttle.runtime.pipeline.PipelineStage;
import dev.shuttle.runtime.pipeline.WorkerThreads;
import dev.shuttle.runtime.pool.PoolSpec;
import dev.shuttle.runtime.pool.TaskPool;
import dev.shuttle.runtime.pool.UnsharedPools;
import dev.shuttle.runtime.queue.BoundedQueue;
import dev.shuttle.runtime.ratelimit.RateLimit;
import dev.shuttle.runtime.ratelimit.RateLimiter;
import dev.shuttle.runtime.readmostly.ReadMostlyHold;
import dev.shuttle.runtime.readmostly.ReadMostlyLock;
import dev.shuttle.runtime.testing.FakeTicker;
import dev.shuttle.runtime.testing.ManualExecutor;
import dev.shuttle.runtime.testing.TestWorker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;

/**
 * Drives every runtime path that emits a Flight Recorder event, once each, bounded in time: a
 * contended read and write of each lock strategy, a refused and a waiting permit, a pool caller
 * that waits for room and gives up, a fire-and-forget failure, an actor's failed message, a
 * pipeline stage's failure and a producer waiting for room in its queue. (A {@code @Phased}
 * failure and an adaptive pool's resize are left out: they need a whole program or a minute of
 * sizing; they are gated the same way.)
 */
final class EventPaths {
  /** The events these paths emit when a recording enables them. */
  static final List<String> EVENTS = List.of("dev.shuttle.ReadMostlyWait", "dev.shuttle.RateLimitRefused",
      "dev.shuttle.RateLimitWait", "dev.shuttle.PoolWait", "dev.shuttle.AsyncFailure", "dev.shuttle.ActorFailure",
      "dev.shuttle.PipelineFailure", "dev.shuttle.PipelineWait");

  private EventPaths() {}

  static void run() throws Exception {
    contendLocks();
    limitRate();
    fillPool();
    failActor();
    runPipeline();
  }

  /** For each strategy, a reader waits for a writer, then a writer for a reader. */
  private static void contendLocks() throws Exception {
    for (LockStrategy strategy : LockStrategy.values()) {
      ReadMostlyLock lock = ReadMostlyLock.create(strategy, "Catalog");
      ReadMostlyHold write = lock.enterWrite("Catalog.put");
      TestWorker reader = TestWorker.start(
          () -> lock.exitRead(lock.enterRead("Catalog.find")));
      reader.awaitParked();
      lock.exitWrite(write);
      reader.join();
      ReadMostlyHold read = lock.enterRead("Catalog.find"); // before the writer starts, so that it waits
      TestWorker writer = TestWorker.start(
          () -> lock.exitWrite(lock.enterWrite("Catalog.put")));
      writer.awaitParked();
      lock.exitRead(read);
      writer.join();
    }
  }

  /** On a fake clock, so that the second permit is refused, then waited for, however slow the machine. */
  private static void limitRate() {
    RateLimiter limiter = new RateLimiter(RateLimit.of(1, 20, MILLISECONDS), new FakeTicker(0), "EventPaths");
    limiter.acquire();
    if (limiter.tryAcquire()) {
      throw new AssertionError("a second permit at the same instant, with a limit of 1 per 20 ms");
    }
    limiter.acquire(); // sleeps 20 ms of the fake clock
  }

  /** One thread, busy; one queued task; a third caller waits 1 ms for room and is refused. */
  private static void fillPool() throws Exception {
    TaskPool pool = UnsharedPools.create("event-paths", PoolSpec.fixed(1).withQueue(1, Overflow.BLOCK));
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    pool.execute("blocker", () -> {
      running.countDown();
      release.await();
    });
    await(running);
    pool.execute("queued", () -> {});
    try {
      pool.execute("late", () -> {}, MILLISECONDS.toNanos(1));
      throw new AssertionError("the pool took a task with no room for it");
    } catch (RejectedExecutionException expected) {
      // the wait gave up
    }
    release.countDown();
    pool.execute("failing", () -> {
      throw new IllegalStateException("a fire-and-forget failure, on purpose");
    });
    pool.shutdown();
    if (!pool.awaitTermination(Duration.ofSeconds(30))) {
      throw new AssertionError("the pool did not finish");
    }
  }

  private static void failActor() {
    ManualExecutor executor = new ManualExecutor();
    CounterActor actor = new CounterActor(CounterActor.settings(0, Overflow.BLOCK, FailurePolicy.RESUME, 0), executor, 1);
    actor.fail(new IllegalStateException("an actor's failure, on purpose"));
    executor.runAll();
  }

  /** One stage of one worker and a queue of one: it fails an item, then holds one while a producer waits. */
  private static void runPipeline() throws Exception {
    CountDownLatch failed = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    PipelineStage<String> stage = new PipelineStage<>("only", WorkerThreads.platform(1), BoundedQueue.mpsc(1)) {
      @Override
      protected boolean process(String item) throws Exception {
        if (item.equals("fail")) {
          throw new IllegalStateException("a stage's failure, on purpose");
        }
        await(release);
        return DONE;
      }
    };
    PipelineEngine engine = new PipelineEngine("EventPaths", (item, error, name) -> failed.countDown(), stage);
    engine.start();
    stage.submit("fail");
    await(failed);
    stage.submit("held"); // the worker takes it and waits for release
    stage.submit("queued"); // fills the queue, once the worker has taken "held"
    if (stage.offer("late", Duration.ofMillis(1))) {
      throw new AssertionError("the stage's queue of one took a second item");
    }
    release.countDown();
    engine.close().get(30, SECONDS);
  }

  private static void await(CountDownLatch latch) throws InterruptedException {
    if (!latch.await(30, SECONDS)) { // a hang guard, not a timing assertion
      throw new AssertionError("gave up waiting");
    }
  }
}
