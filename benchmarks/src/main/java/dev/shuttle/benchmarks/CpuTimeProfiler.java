package dev.shuttle.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * {@code -prof dev.shuttle.benchmarks.CpuTimeProfiler}: CPU time the benchmark JVM spent per
 * operation (all its threads: senders, actor pool, GC, JIT), as the secondary result
 * {@code ·cpu} in ns/op.
 *
 * <p>On a small machine shared with other work, wall-clock scores swing with the scheduler: a
 * thread that is not running does not show up in CPU time, so CPU per operation is the steadier
 * figure for "how much work does one message cost". Divide it by nothing: it already is per
 * operation ({@code @OperationsPerInvocation} included).
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long cpuAtStart;

  @Override
  public String getDescription() {
    return "Process CPU time per operation (ns/op)";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    cpuAtStart = os.getProcessCpuTime();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long cpuNanos = os.getProcessCpuTime() - cpuAtStart;
    long ops = result.getMetadata().getAllOps();
    if (ops <= 0 || cpuNanos < 0) {
      return List.of();
    }
    return List.of(new ScalarResult("cpu", (double) cpuNanos / ops, "ns/op", AggregationPolicy.AVG));
  }
}
