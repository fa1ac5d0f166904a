package dev.shuttle.processor;

/** How generated code writes constants, so that they read as a person would type them. */
public final class Literals {
  private Literals() {}

  /** {@code 10_000} rather than {@code 10000}; an {@code L} when only a {@code long} holds it. */
  public static String grouped(long value) {
    String digits = Long.toString(Math.abs(value));
    StringBuilder out = new StringBuilder(value < 0 ? "-" : "");
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append('_');
      }
      out.append(digits.charAt(i));
    }
    return out + (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? "L" : "");
  }
}
