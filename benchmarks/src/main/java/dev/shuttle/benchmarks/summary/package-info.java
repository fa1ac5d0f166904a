/**
 * The Java half of {@code benchmarks/compare-all.sh}: the catalog of Shuttle-vs-peer comparisons
 * and the JMH invocations each needs ({@link dev.shuttle.benchmarks.summary.Catalog}), the order a
 * round runs them in, and the summary of the rounds' JMH JSON files: a Markdown table and one SVG
 * chart per pattern. {@link dev.shuttle.benchmarks.summary.CompareAll} is its command line.
 */
package dev.shuttle.benchmarks.summary;
