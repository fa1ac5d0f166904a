package dev.shuttle.benchmarks.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoundOrderTest {
  @Test
  void twoContendersTakeTurnsToGoFirst() {
    List<String> ab = List.of("A", "B");
    assertEquals(List.of("A", "B"), RoundOrder.vary(ab, 0));
    assertEquals(List.of("B", "A"), RoundOrder.vary(ab, 1));
    assertEquals(List.of("B", "A"), RoundOrder.vary(ab, 2));
    assertEquals(List.of("A", "B"), RoundOrder.vary(ab, 3));
  }

  @Test
  void threeContendersRunInEveryOrderOverSixRounds() {
    Set<List<String>> orders = new HashSet<>();
    for (int round = 0; round < 6; round++) {
      orders.add(RoundOrder.vary(List.of("A", "B", "C"), round));
    }
    assertEquals(6, orders.size());
  }

  @Test
  void everyRoundRunsEveryContenderOnceWithAPatternsContendersTogether() {
    List<Pattern> patterns = Catalog.all();
    List<Contender> all = patterns.stream().flatMap(p -> p.contenders().stream()).toList();
    for (int round = 0; round < 4; round++) {
      List<Contender> order = RoundOrder.of(patterns, round);
      assertEquals(Set.copyOf(all), Set.copyOf(order));
      assertEquals(all.size(), order.size());
      int at = 0;
      for (Pattern pattern : RoundOrder.vary(patterns, round)) {
        int size = pattern.contenders().size();
        assertEquals(Set.copyOf(pattern.contenders()), Set.copyOf(order.subList(at, at + size)));
        at += size;
      }
    }
  }
}
