package dev.shuttle.runtime.pool;

/**
 * Every source of a {@code @Race} failed. Each source's exception is a
 * {@linkplain #getSuppressed() suppressed exception} of this one, in the order the sources are
 * named, unchanged.
 */
public class RaceFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RaceFailedException(String message) {
    super(message);
  }
}
