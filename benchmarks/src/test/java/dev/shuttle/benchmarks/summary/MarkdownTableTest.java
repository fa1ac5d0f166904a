package dev.shuttle.benchmarks.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTableTest {
  @Test
  void oneRowPerComparisonWithThePatternLinkedOnItsFirstRow() {
    Comparison second = new Comparison("3 stages", "the Disruptor", "s", "d");
    String table = MarkdownTable.render(List.of(
        new Row(SummaryTest.PATTERN, SummaryTest.COMPARISON, List.of(1.5, 0.9, 12.34), 0.001, 31.7),
        new Row(SummaryTest.PATTERN, second, List.of(0.5, 0.8), Double.NaN, 2.5)));

    List<String> lines = table.lines().toList();
    assertEquals(4, lines.size());
    assertEquals("| [P](#p-anchor) | 3 stages vs a peer | 1.50 | 0.90–12.3 | level within noise | ≈ 0 | 32 |",
        lines.get(2));
    assertEquals("|  | 3 stages vs the Disruptor | 0.65 | 0.50–0.80 | behind | – | 2.50 |", lines.get(3));
  }
}
