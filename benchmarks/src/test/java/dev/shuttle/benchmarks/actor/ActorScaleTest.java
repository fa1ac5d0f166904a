package dev.shuttle.benchmarks.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ActorScale} on a thousand actors: it runs, every reply is right, and its tables read back. */
class ActorScaleTest {
  private static final int ACTORS = 1_000;

  @Test
  void shuttleCountersAnswerEveryAskAndReportATimePerMessage() throws Exception {
    ScaleResult result = ActorScale.measure("shuttle", ACTORS, 100);

    assertEquals(ACTORS, result.answered(), "every ask saw its 10 tells");
    assertTrue(result.nanosPerMessage() > 0, "ns per message: " + result.nanosPerMessage());
    assertTrue(result.spawnMillis() > 0, "spawn ms: " + result.spawnMillis());
    assertEquals(result.toLine(), ScaleResult.parse(result.toLine()).toLine(), "the line reads back");
  }

  /** Each reply says the feature took: the timer is active, the restart was counted, the child adopted. */
  @ParameterizedTest
  @ValueSource(strings = {"timer", "restart", "child", "ask-timeout", "self"})
  void everyActorUsesItsFeature(String feature) throws Exception {
    assertEquals(ACTORS, ActorScale.measure(feature, ACTORS, 10).answered());
  }

  @Test
  void spreadIsTheMedianAndTheRange() {
    assertEquals("2 [1 .. 9]", ScaleTable.spread(List.of(9.0, 1.0, 2.0), "%.0f"));
    assertEquals("2.5 [1.0 .. 9.0]", ScaleTable.spread(List.of(9.0, 1.0, 2.0, 3.0), "%.1f"));
    assertEquals("7", ScaleTable.spread(List.of(7.0), "%.0f"));
  }

  @Test
  void theTablePairsEachRoundsRunsForItsRatios() {
    String table = ScaleTable.render(List.of(
        line("shuttle", 200, 100), line("pekko", 800, 1_000), "not a result",
        line("shuttle", 200, 300), line("pekko", 800, 600),
        line("timer", 200, 50)));

    assertTrue(table.contains("| bytes per idle actor | 200 [200 .. 200] | 800 [800 .. 800] | 4.0 [4.0 .. 4.0] |"), table);
    // rounds: 1000 / 100 and 600 / 300; the ratio of the medians would be 800 / 200 = 4.0
    assertTrue(table.contains("| spawn all, ms | 200 [100 .. 300] | 800 [600 .. 1000] | 6.0 [2.0 .. 10.0] |"), table);
    assertTrue(table.contains("| timer | ticks | 7 | 200 | 1,000 of 1,000 |"), table);
  }

  private static String line(String population, double idleBytes, double spawnMillis) {
    return new ScaleResult(population, 1_000, idleBytes, 0, 7, spawnMillis, 100, 1_000, "ticks").toLine();
  }
}
