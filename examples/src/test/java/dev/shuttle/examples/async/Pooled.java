package dev.shuttle.examples.async;

import dev.shuttle.Async;
import dev.shuttle.OnLimit;
import dev.shuttle.Overflow;
import dev.shuttle.Pool;
import dev.shuttle.RateLimited;
import dev.shuttle.Read;
import dev.shuttle.ReadMostly;
import dev.shuttle.Write;
import dev.shuttle.Sizing;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code @Async} test classes: latches instead of sleeps, limits of one permit per hour for certain refusals. */
final class Pooled {
  private Pooled() {}

  @Pool(sizing = Sizing.IO_BOUND, waitRatio = 3.0)
  @Pool(name = "examples-tiny", sizing = Sizing.FIXED, threads = 1, queue = 1, overflow = Overflow.REJECT)
  @Pool(name = "examples-virtual", sizing = Sizing.VIRTUAL, waitRatio = 1.0)
  static class Worker {
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger calls = new AtomicInteger();

    @Async
    public CompletableFuture<String> threadName() {
      return CompletableFuture.completedFuture(Thread.currentThread().getName());
    }

    /** Waits for {@link #release}: the caller has its future long before. */
    @Async
    public CompletionStage<Integer> slow(int n) throws InterruptedException {
      release.await();
      return CompletableFuture.completedFuture(n * 2);
    }

    @Async
    public CompletableFuture<String> failing() throws IOException {
      throw new IOException("thrown by the body");
    }

    @Async
    public CompletableFuture<String> failedFuture() {
      return CompletableFuture.failedFuture(new IllegalStateException("a failed future"));
    }

    @Async
    public void explode() {
      throw new IllegalStateException("fire and forget, and fail");
    }

    @Async(pool = Pool.CPU)
    public CompletableFuture<String> onCpu() {
      return CompletableFuture.completedFuture(Thread.currentThread().getName());
    }

    @Async(pool = "examples-virtual")
    public CompletableFuture<Thread> onVirtual() {
      return CompletableFuture.completedFuture(Thread.currentThread());
    }

    /** Holds the one thread of examples-tiny until {@link #release}. */
    @Async(pool = "examples-tiny")
    public CompletableFuture<String> hold() throws InterruptedException {
      calls.incrementAndGet();
      release.await();
      return CompletableFuture.completedFuture("held");
    }

    @Async(pool = "examples-tiny")
    public void tinyTask() {
      calls.incrementAndGet();
    }
  }

  /** Two classes, one pool: the name is what they share. */
  @Pool(name = "examples-shared", sizing = Sizing.FIXED, threads = 2)
  static class SharingA {
    @Async(pool = "examples-shared")
    public CompletableFuture<String> where() {
      return CompletableFuture.completedFuture(Thread.currentThread().getName());
    }
  }

  @Pool(name = "examples-shared", sizing = Sizing.FIXED, threads = 2)
  static class SharingB {
    @Async(pool = "examples-shared")
    public CompletableFuture<String> where() {
      return CompletableFuture.completedFuture(Thread.currentThread().getName());
    }
  }

  @Pool(name = "examples-shared", sizing = Sizing.FIXED, threads = 3)
  static class Clashing {
    @Async(pool = "examples-shared")
    public void work() {}
  }

  /** One thread, one place in the queue: its tasks call its own @Async methods and wait for them. */
  @Pool(sizing = Sizing.FIXED, threads = 1, queue = 1)
  static class SelfCalling {
    @Async
    public CompletableFuture<Integer> sum(int n) {
      List<CompletableFuture<Integer>> parts = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        parts.add(one(i));
      }
      return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
          .thenApply(v -> parts.stream().mapToInt(CompletableFuture::join).sum());
    }

    @Async
    public CompletableFuture<Integer> one(int i) {
      return CompletableFuture.completedFuture(i);
    }
  }

  /** @Async over @ReadMostly: the lock is taken on the pool thread, around the body only. */
  @ReadMostly
  @Pool(sizing = Sizing.FIXED, threads = 4)
  static class Guarded {
    private int count; // no lock of its own: the woven class's write lock guards it
    private String lastWriter = "";

    @Async
    @Write
    public CompletableFuture<Integer> increment() {
      lastWriter = Thread.currentThread().getName();
      return CompletableFuture.completedFuture(++count);
    }

    @Read
    public int count() {
      return count;
    }

    @Read
    public String lastWriter() {
      return lastWriter;
    }
  }

  /** @Async under @RateLimited: the permit is taken at the call, the body runs on the pool. */
  static class Limited {
    @Async
    @RateLimited(value = 1, unit = TimeUnit.HOURS, onLimit = OnLimit.FAIL)
    public CompletableFuture<String> once() {
      return CompletableFuture.completedFuture(Thread.currentThread().getName());
    }

    @Async
    @RateLimited(value = 1, unit = TimeUnit.HOURS, onLimit = OnLimit.FAIL)
    public void onceVoid() {}

    @Async
    @RateLimited(value = 1_000, burst = 1)
    public CompletableFuture<String> paced(int n) {
      return CompletableFuture.completedFuture(n + "@" + Thread.currentThread().getName());
    }
  }
}
