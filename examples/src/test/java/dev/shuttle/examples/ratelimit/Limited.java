package dev.shuttle.examples.ratelimit;

import dev.shuttle.OnLimit;
import dev.shuttle.RateLimited;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Rate-limited test classes; limits of one permit per hour make every refusal deterministic. */
final class Limited {
  private Limited() {}

  static class Api {
    final AtomicInteger calls = new AtomicInteger();

    @RateLimited(value = 1, unit = TimeUnit.HOURS, onLimit = OnLimit.FAIL)
    public String failFast(String q) {
      calls.incrementAndGet();
      return "ok:" + q;
    }

    @RateLimited(value = 1, unit = TimeUnit.HOURS, maxWait = 5)
    public String waitBriefly() {
      calls.incrementAndGet();
      return "ok";
    }

    @RateLimited(value = 1, unit = TimeUnit.HOURS)
    public String waitForever() {
      calls.incrementAndGet();
      return "ok";
    }

    @RateLimited(value = 1, unit = TimeUnit.HOURS, onLimit = OnLimit.FAIL)
    public CompletableFuture<String> asyncFailFast() {
      calls.incrementAndGet();
      return CompletableFuture.completedFuture("async ok");
    }

    @RateLimited(value = 1_000, burst = 1)
    public CompletableFuture<String> asyncWait(int n) {
      calls.incrementAndGet();
      return n < 0 ? CompletableFuture.failedFuture(new IllegalArgumentException("negative")) : CompletableFuture.completedFuture("n=" + n);
    }

    @RateLimited(value = 1, unit = TimeUnit.HOURS, onLimit = OnLimit.FAIL)
    public String perUser(@RateLimited.Key String user) {
      return "hello " + user;
    }
  }

  /** Two classes, one bucket: the name is what they share. */
  static class SearchA {
    @RateLimited(value = 1, unit = TimeUnit.HOURS, onLimit = OnLimit.FAIL, name = "test-search")
    public String search() { return "a"; }
  }

  static class SearchB {
    @RateLimited(value = 1, unit = TimeUnit.HOURS, onLimit = OnLimit.FAIL, name = "test-search")
    public String search() { return "b"; }
  }

  static class Clashing {
    @RateLimited(value = 2, unit = TimeUnit.HOURS, onLimit = OnLimit.FAIL, name = "test-search")
    public String search() { return "c"; }
  }

  /** One bucket for the whole class; outer() calls inner() on itself, which is limited too. */
  @RateLimited(value = 1, unit = TimeUnit.HOURS, onLimit = OnLimit.FAIL)
  static class SelfCalling {
    public String outer() { return "outer+" + inner(); }

    public String inner() { return "inner"; }
  }
}
