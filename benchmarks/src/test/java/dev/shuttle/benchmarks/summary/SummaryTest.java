package dev.shuttle.benchmarks.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SummaryTest {
  static final Comparison COMPARISON = new Comparison("3 stages", "a peer", "shuttle", "peer");
  static final Pattern PATTERN = new Pattern("p", "P", "P: test", "p-anchor",
      List.of(new Contender("p-shuttle", "P.shuttle", List.of())), List.of(COMPARISON));

  @Test
  void aHigherThroughputThanThePeersIsARatioAboveOne() {
    assertEquals(2.0, Summary.ratio(result("shuttle", "thrpt", 200, 0), result("peer", "thrpt", 100, 0)));
    assertEquals(0.5, Summary.ratio(result("shuttle", "thrpt", 50, 0), result("peer", "thrpt", 100, 0)));
  }

  @Test
  void aShorterTimeThanThePeersIsARatioAboveOne() {
    assertEquals(2.0, Summary.ratio(result("shuttle", "avgt", 50, 0), result("peer", "avgt", 100, 0)));
    assertEquals(0.5, Summary.ratio(result("shuttle", "avgt", 200, 0), result("peer", "avgt", 100, 0)));
    assertEquals(4.0, Summary.ratio(result("shuttle", "ss", 25, 0), result("peer", "ss", 100, 0)));
  }

  @Test
  void resultsMeasuredDifferentlyAreNotCompared() {
    assertThrows(IllegalArgumentException.class,
        () -> Summary.ratio(result("shuttle", "thrpt", 1, 0), result("peer", "avgt", 1, 0)));
    assertThrows(IllegalArgumentException.class, () -> Summary.ratio(result("shuttle", "thrpt", 1, 0),
        new JmhResult("peer", "thrpt", 1, "ops/ms", 0, "jvm")));
  }

  @Test
  void aRowTakesEachRatioWithinItsRoundThenTheMedianAndRange() {
    List<Row> rows = Summary.rows(List.of(PATTERN), List.of(
        round(result("shuttle", "thrpt", 300, 8), result("peer", "thrpt", 100, 40)),
        round(result("shuttle", "thrpt", 100, 8), result("peer", "thrpt", 80, 48)),
        round(result("shuttle", "thrpt", 20, 16), result("peer", "thrpt", 10, 56))));

    Row row = rows.get(0);
    assertEquals(List.of(3.0, 1.25, 2.0), row.ratios());
    assertEquals(2.0, row.median());
    assertEquals(1.25, row.min());
    assertEquals(3.0, row.max());
    assertEquals(Verdict.AHEAD, row.verdict());
    assertEquals(8, row.shuttleBytesPerOp());
    assertEquals(48, row.peerBytesPerOp());
  }

  @Test
  void aRoundWithoutOneSideFailsAndSaysWhich() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Summary.rows(List.of(PATTERN), List.of(
            round(result("shuttle", "thrpt", 1, 0), result("peer", "thrpt", 1, 0)),
            round(result("shuttle", "thrpt", 1, 0)))));
    assertTrue(e.getMessage().contains("round 2 has no result for peer"), e.getMessage());
  }

  @Test
  void aScoreThatIsNoSpeedFails() {
    assertThrows(IllegalArgumentException.class, () -> Summary.rows(List.of(PATTERN),
        List.of(round(result("shuttle", "thrpt", Double.NaN, 0), result("peer", "thrpt", 1, 0)))));
    assertThrows(IllegalArgumentException.class, () -> Summary.rows(List.of(PATTERN),
        List.of(round(result("shuttle", "avgt", 1, 0), result("peer", "avgt", 0, 0)))));
  }

  @Test
  void theVerdictComesFromTheWholeRange() {
    assertEquals(Verdict.AHEAD, Verdict.of(List.of(1.01, 3.0, 1.5)));
    assertEquals(Verdict.BEHIND, Verdict.of(List.of(0.99, 0.5, 0.7)));
    assertEquals(Verdict.LEVEL, Verdict.of(List.of(0.9, 3.0, 1.5)));
    assertEquals(Verdict.LEVEL, Verdict.of(List.of(1.0, 1.2)), "a round at exactly 1 is not ahead");
    assertEquals(Verdict.ONE_ROUND, Verdict.of(List.of(5.0)));
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwoAndSkipsWhatWasNotMeasured() {
    assertEquals(2.5, Row.median(List.of(4.0, 1.0, 3.0, 2.0)));
    assertEquals(3.0, Row.median(List.of(Double.NaN, 3.0)));
    assertTrue(Double.isNaN(Row.median(List.of(Double.NaN))));
  }

  static JmhResult result(String key, String mode, double score, double bytesPerOp) {
    return new JmhResult(key, mode, score, mode.equals("thrpt") ? "ops/s" : "ns/op", bytesPerOp, "jvm");
  }

  static Map<String, JmhResult> round(JmhResult... results) {
    return Stream.of(results).collect(Collectors.toMap(JmhResult::key, r -> r));
  }
}
