package dev.shuttle.benchmarks.summary;

import java.util.List;

/**
 * The comparisons of one pattern, the contenders whose results they need, and where BENCHMARKS.md
 * describes them ({@code anchor}). {@code id} names the chart ({@code <id>.svg}) and selects the
 * pattern in {@code --only}; {@code name} heads its rows in the table, {@code title} its chart.
 */
record Pattern(String id, String name, String title, String anchor, List<Contender> contenders,
    List<Comparison> comparisons) {
  Pattern {
    contenders = List.copyOf(contenders);
    comparisons = List.copyOf(comparisons);
  }
}
