package dev.shuttle.processor.woven;

import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;

/**
 * Names the members a guard adds per method, telling overloads apart: the first method called
 * {@code sum} gives {@code sum}, its overloads {@code sum2}, {@code sum3}, in source order.
 */
final class OverloadNames {
  private final Map<String, Integer> seen = new HashMap<>();

  String next(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    int overload = seen.merge(name, 1, Integer::sum);
    return overload == 1 ? name : name + overload;
  }
}
