package dev.shuttle.benchmarks;

import dev.shuttle.runtime.ratelimit.RateLimit;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.local.SynchronizationStrategy;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of taking a permit when none has to wait: Shuttle's {@code RateLimiter} beside Guava's
 * {@code RateLimiter}, Resilience4j's {@code AtomicRateLimiter} and a lock-free Bucket4j bucket,
 * with two floors: a bare {@code AtomicLong.incrementAndGet} (one contended atomic, no clock) and
 * {@code System.nanoTime()} (the clock read every limiter makes per permit).
 * One limiter is shared by all benchmark threads, as one guarded method is by its callers; the
 * rate, a billion a second with a burst as large, is far above what the threads can take, so
 * every call gets its permit at once. {@link RateLimiterBenchmark} runs on one thread,
 * {@link TwoThreads} on two.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar RateLimiterBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@Threads(1)
public class RateLimiterBenchmark {
  static final int PERMITS_PER_SECOND = 1_000_000_000;

  private dev.shuttle.runtime.ratelimit.RateLimiter shuttle;
  private com.google.common.util.concurrent.RateLimiter guava;
  private AtomicRateLimiter resilience4j;
  private Bucket bucket4j;
  private AtomicLong counter;

  @Setup
  public void setUp() {
    shuttle = new dev.shuttle.runtime.ratelimit.RateLimiter(RateLimit.perSecond(PERMITS_PER_SECOND));
    guava = com.google.common.util.concurrent.RateLimiter.create(PERMITS_PER_SECOND);
    resilience4j = new AtomicRateLimiter("benchmark", RateLimiterConfig.custom()
        .limitForPeriod(PERMITS_PER_SECOND)
        .limitRefreshPeriod(Duration.ofSeconds(1))
        .timeoutDuration(Duration.ZERO)
        .build());
    bucket4j = Bucket.builder()
        .addLimit(limit -> limit.capacity(PERMITS_PER_SECOND).refillGreedy(PERMITS_PER_SECOND, Duration.ofSeconds(1)))
        .withNanosecondPrecision()
        .withSynchronizationStrategy(SynchronizationStrategy.LOCK_FREE)
        .build();
    counter = new AtomicLong();
  }

  @Benchmark
  public boolean shuttleTryAcquire() {
    return shuttle.tryAcquire();
  }

  @Benchmark
  public void shuttleAcquire() {
    shuttle.acquire();
  }

  /** A call that costs three permits: the same CAS, the TAT moved by three intervals. */
  @Benchmark
  public boolean shuttleTryAcquireThree() {
    return shuttle.tryAcquire(3);
  }

  @Benchmark
  public boolean guavaTryAcquire() {
    return guava.tryAcquire();
  }

  @Benchmark
  public boolean resilience4jAcquirePermission() {
    return resilience4j.acquirePermission();
  }

  @Benchmark
  public boolean bucket4jTryConsume() {
    return bucket4j.tryConsume(1);
  }

  @Benchmark
  public long atomicLongFloor() {
    return counter.incrementAndGet();
  }

  /** Every limiter reads the clock once per permit: on some virtual machines that is most of the cost. */
  @Benchmark
  public long nanoTimeFloor() {
    return System.nanoTime();
  }

  /** The same, with two threads sharing each limiter. */
  @Threads(2)
  public static class TwoThreads extends RateLimiterBenchmark {}
}
