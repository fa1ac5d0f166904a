package dev.shuttle.benchmarks;

import dev.shuttle.LockStrategy;
import dev.shuttle.runtime.internal.WeakRegistry;
import dev.shuttle.runtime.ratelimit.RateLimit;
import dev.shuttle.runtime.ratelimit.RateLimiter;
import dev.shuttle.runtime.readmostly.ReadMostlyLock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What being in {@code Shuttle.registry()} adds to making the objects a woven instance makes for
 * itself, a rate limiter and a read-mostly lock: each of them registers once, as it is made, and
 * is dropped here at once, as a woven instance per request would be. {@link #registration} is the
 * weak registration alone (what each of the others includes), against {@link #weakReference}, a
 * bare {@code WeakReference} of the same object; the objects are collected as the benchmark runs,
 * so the collector's work on the references is in the numbers.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar RegistryBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@Threads(1)
public class RegistryBenchmark {
  private static final RateLimit LIMIT = RateLimit.of(100, 1, TimeUnit.SECONDS);
  private final WeakRegistry<Object> registry = new WeakRegistry<>();

  @Benchmark
  public RateLimiter rateLimiter() {
    return new RateLimiter(LIMIT, "Client.call");
  }

  @Benchmark
  public ReadMostlyLock readMostlyLock() {
    return ReadMostlyLock.create(LockStrategy.STAMPED, "Client");
  }

  @Benchmark
  public WeakRegistry.Registration<Object> registration() {
    return registry.register(new Object(), 0);
  }

  @Benchmark
  public java.lang.ref.WeakReference<Object> weakReference() {
    return new java.lang.ref.WeakReference<>(new Object());
  }
}
