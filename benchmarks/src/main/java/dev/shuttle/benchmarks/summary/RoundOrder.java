package dev.shuttle.benchmarks.summary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The order in which a round runs its contenders. The machine's load drifts over minutes; a fixed
 * order would land the drift on whoever runs at one position. So the patterns and each pattern's
 * contenders are rotated by one every round, and every other lap of rotations also reversed, so
 * that who runs right after whom varies too (with two contenders: AB, BA, BA, AB).
 */
final class RoundOrder {
  static List<Contender> of(List<Pattern> patterns, int round) {
    List<Contender> order = new ArrayList<>();
    for (Pattern pattern : vary(patterns, round)) {
      order.addAll(vary(pattern.contenders(), round));
    }
    return order;
  }

  static <T> List<T> vary(List<T> list, int round) {
    List<T> varied = new ArrayList<>(list);
    if (varied.isEmpty()) {
      return varied;
    }
    Collections.rotate(varied, -(round % varied.size()));
    if (round / varied.size() % 2 == 1) {
      Collections.reverse(varied);
    }
    return varied;
  }

  private RoundOrder() {}
}
