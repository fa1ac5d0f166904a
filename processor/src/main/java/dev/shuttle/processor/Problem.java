package dev.shuttle.processor;

import javax.tools.Diagnostic;

/**
 * One thing wrong (an error) or probably wrong (a warning) with a user's code, as {@link Problems}
 * words it. The kind belongs to the problem, not to the code that finds it.
 */
public record Problem(Diagnostic.Kind kind, String text) {

  static Problem error(String text) {
    return new Problem(Diagnostic.Kind.ERROR, text);
  }

  static Problem warning(String text) {
    return new Problem(Diagnostic.Kind.WARNING, text);
  }

  public boolean isError() {
    return kind == Diagnostic.Kind.ERROR;
  }
}
