package dev.shuttle.examples.pipeline;

import dev.shuttle.OnError;
import dev.shuttle.Pipeline;
import dev.shuttle.Stage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Test pipelines in the shapes a user writes; the processor generates them at test-compile time. */
final class Pipelines {
  private Pipelines() {}

  static final long WAIT_SECONDS = 30;

  /** One stage that holds its worker until the gate opens: makes the queue fill up on demand. */
  @Pipeline(bound = 2)
  static class Gate {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch open = new CountDownLatch(1);
    final List<Integer> passed = Collections.synchronizedList(new ArrayList<>());

    @Stage
    void hold(Integer item) throws InterruptedException {
      entered.countDown();
      if (!open.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never opened the gate");
      }
      passed.add(item);
    }
  }

  /** Parses numbers, drops the odd ones, splits the rest into digits; failures go to @OnError. */
  @Pipeline(bound = 16)
  static class Digits {
    final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> workerThreads = new ConcurrentLinkedQueue<>();

    @Stage(workers = 2)
    int parse(String text) {
      workerThreads.add(Thread.currentThread().getName());
      return Integer.parseInt(text); // "x" throws NumberFormatException
    }

    @Stage
    Optional<Integer> even(int n) {
      return n % 2 == 0 ? Optional.of(n) : Optional.empty();
    }

    @Stage(workers = 3, expand = true)
    List<Integer> digits(Integer n) {
      List<Integer> digits = new ArrayList<>();
      for (char c : String.valueOf(n).toCharArray()) {
        digits.add(c - '0');
      }
      return n == 0 ? List.of() : digits; // 0 expands into nothing: filtered
    }

    @Stage(bound = 4)
    String label(Integer digit) {
      return "d" + digit;
    }

    @OnError
    void failed(Object item, Throwable error, String stage) {
      failures.add(stage + ":" + item + ":" + error.getClass().getSimpleName());
    }
  }

  /** A stage on virtual threads (platform threads before JDK 21). */
  @Pipeline
  static class Lookup {
    volatile Thread worker;

    @Stage(virtual = true)
    void lookUp(String key) {
      worker = Thread.currentThread();
    }
  }

  /** Three stages, several workers each, 1% injected failures: the accounting stress run. */
  @Pipeline(bound = 256)
  static class Checksum {
    final AtomicLong failures = new AtomicLong();
    final AtomicLong sum = new AtomicLong();

    @Stage(workers = 2)
    Long scale(Long n) {
      if (n % 100 == 0) {
        throw new IllegalArgumentException("injected failure for " + n);
      }
      return n * 3;
    }

    @Stage(workers = 2)
    Long shift(Long n) {
      return n + 1;
    }

    @Stage
    void add(Long n) {
      sum.addAndGet(n); // one worker: no contention, still a shared total
    }

    @OnError
    void failed(Object item, Throwable error, String stage) {
      failures.incrementAndGet();
    }
  }
}
