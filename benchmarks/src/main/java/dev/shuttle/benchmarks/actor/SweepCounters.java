package dev.shuttle.benchmarks.actor;

import dev.shuttle.Actor;

/**
 * One {@link Counter} per {@code throughput} value of the sweep in
 * {@link ActorThroughputSweepBenchmark}: {@code throughput} is a compile-time setting, so each
 * value is its own annotated class and the sweep runs generated code only
 * ({@code SweepCounters_Throughput1Actor}, ...).
 */
final class SweepCounters {
  private SweepCounters() {}

  @Actor(throughput = 1)
  static class Throughput1 extends Counter {}

  @Actor(throughput = 5)
  static class Throughput5 extends Counter {}

  @Actor(throughput = 16)
  static class Throughput16 extends Counter {}

  @Actor(throughput = 64)
  static class Throughput64 extends Counter {}

  @Actor(throughput = 256)
  static class Throughput256 extends Counter {}
}
