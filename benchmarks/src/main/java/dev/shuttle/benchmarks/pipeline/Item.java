package dev.shuttle.benchmarks.pipeline;

/** What flows through every benchmarked pipeline: a mutable value, allocated once and reused. */
final class Item {
  long value;
}
