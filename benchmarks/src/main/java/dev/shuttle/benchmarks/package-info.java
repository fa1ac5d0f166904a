/**
 * JMH benchmarks that run Shuttle's generated code beside its peers in the same run: one package
 * per pattern, and here the rate limiter against Guava, Resilience4j and Bucket4j, and {@link
 * dev.shuttle.benchmarks.CpuTimeProfiler}, which reports CPU time per operation. Results and the
 * commands that reproduce them are in BENCHMARKS.md; {@code summary} plans and summarizes the run of
 * {@code benchmarks/compare-all.sh}, which measures every comparison at once.
 */
package dev.shuttle.benchmarks;
