package dev.shuttle.processor;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** How generated code and its Javadoc write numbers, so that they read as a person would type them. */
public final class Literals {
  private Literals() {}

  /** {@code 1 worker}, {@code 4 workers}: a count and its noun, plural unless the count is one. */
  public static String count(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /** {@code 1 second}, {@code 250 milliseconds}. */
  public static String duration(long amount, TimeUnit unit) {
    return count(amount, unitName(unit));
  }

  /** {@code second} for a period of 1 second, {@code 2 hours} for 2: what follows "per". */
  public static String period(long amount, TimeUnit unit) {
    return amount == 1 ? unitName(unit) : duration(amount, unit);
  }

  /** {@code second} for {@code SECONDS}. */
  private static String unitName(TimeUnit unit) {
    String plural = unit.name().toLowerCase(Locale.ROOT);
    return plural.substring(0, plural.length() - 1);
  }

  /**
   * The Java literal for an {@code int} or {@code long} value, grouped: {@code 10_000} rather than
   * {@code 10000}, with an {@code L} when only a {@code long} holds it. Every number generated code
   * writes goes through here (or {@link #decimal}), never through a bare {@code $L}.
   */
  public static String grouped(long value) {
    // The digits of the magnitude without Math.abs, which has none for Long.MIN_VALUE.
    String digits = Long.toString(value).substring(value < 0 ? 1 : 0);
    StringBuilder out = new StringBuilder(value < 0 ? "-" : "");
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append('_');
      }
      out.append(digits.charAt(i));
    }
    return out + (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? "L" : "");
  }

  /** The Java literal for a finite {@code double}: {@code 9.0}, {@code 1.0E-5}. */
  public static String decimal(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("no Java literal for " + value);
    }
    return Double.toString(value);
  }
}
