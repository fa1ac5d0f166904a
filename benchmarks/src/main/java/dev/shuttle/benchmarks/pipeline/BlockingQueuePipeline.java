package dev.shuttle.benchmarks.pipeline;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** The same three stages written by hand the classic way: a thread per stage between ArrayBlockingQueues. */
final class BlockingQueuePipeline {
  private final BlockingQueue<Item> firstQueue = new ArrayBlockingQueue<>(PipelineBenchmark.BOUND);
  private final BlockingQueue<Item> secondQueue = new ArrayBlockingQueue<>(PipelineBenchmark.BOUND);
  private final BlockingQueue<Item> thirdQueue = new ArrayBlockingQueue<>(PipelineBenchmark.BOUND);
  private final Thread[] threads;

  BlockingQueuePipeline(Work.Sink sink) {
    threads = new Thread[] {
      stage("abq-first", () -> secondQueue.put(Work.first(firstQueue.take()))),
      stage("abq-second", () -> thirdQueue.put(Work.second(secondQueue.take()))),
      stage("abq-third", () -> sink.accept(thirdQueue.take())),
    };
  }

  void submit(Item item) throws InterruptedException {
    firstQueue.put(item);
  }

  void stop() {
    for (Thread thread : threads) {
      thread.interrupt();
    }
  }

  private interface Step {
    void run() throws InterruptedException;
  }

  private static Thread stage(String name, Step step) {
    Thread thread = new Thread(() -> {
      try {
        while (true) {
          step.run();
        }
      } catch (InterruptedException stopped) {
        // stop() ends the benchmark
      }
    }, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
