package dev.shuttle.processor.fuzz;

import java.util.ArrayList;
import java.util.List;

/** The code of one annotation, built member by member: {@code @dev.shuttle.Actor(mailbox = 1)}. */
final class AnnotationCode {
  static final List<String> INTS = List.of("0", "1", "2", "16", "10_000", "java.lang.Integer.MAX_VALUE");
  static final List<String> POSITIVE_INTS = List.of("1", "2", "4", "100", "10_000", "java.lang.Integer.MAX_VALUE");
  static final List<String> POSITIVE_LONGS = List.of(
      "1", "100", "5000", "java.lang.Integer.MAX_VALUE", "8589934592L", "java.lang.Long.MAX_VALUE");
  static final List<String> TIME_UNITS = List.of(
      "NANOSECONDS", "MICROSECONDS", "MILLISECONDS", "SECONDS", "MINUTES", "HOURS", "DAYS");

  private final String type;
  private final List<String> members = new ArrayList<>();

  /** @param type the annotation's qualified name */
  AnnotationCode(String type) {
    this.type = type;
  }

  AnnotationCode with(String member, String value) {
    members.add(member + " = " + value);
    return this;
  }

  static String string(String value) {
    return '"' + value + '"';
  }

  static String timeUnit(String constant) {
    return "java.util.concurrent.TimeUnit." + constant;
  }

  String code() {
    if (members.isEmpty()) {
      return "@" + type;
    }
    if (members.size() == 1 && members.get(0).startsWith("value = ")) {
      return "@" + type + "(" + members.get(0).substring("value = ".length()) + ")";
    }
    return "@" + type + "(" + String.join(", ", members) + ")";
  }
}
