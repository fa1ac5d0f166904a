package dev.shuttle.runtime.context;

import dev.shuttle.runtime.internal.Failures;
import java.util.Arrays;

/**
 * The snapshots of two or more decorators, in registration order: restored in that order, undone in
 * the reverse order. With fewer than two, there is no composite: {@link #capture} returns the one
 * snapshot, or {@code null}.
 */
final class CompositeSnapshot implements ContextSnapshot {
  private final ContextSnapshot[] parts;

  private CompositeSnapshot(ContextSnapshot[] parts) {
    this.parts = parts;
  }

  static ContextSnapshot capture(ContextDecorator[] decorators) {
    ContextSnapshot[] parts = new ContextSnapshot[decorators.length];
    int count = 0;
    for (ContextDecorator decorator : decorators) {
      ContextSnapshot part = decorator.capture();
      if (part != null) {
        parts[count++] = part;
      }
    }
    return switch (count) {
      case 0 -> null;
      case 1 -> parts[0];
      default -> new CompositeSnapshot(count == parts.length ? parts : Arrays.copyOf(parts, count));
    };
  }

  /** Restores every part; if one fails, undoes the ones restored before it, then throws. */
  @Override
  public ContextScope restore() {
    ContextScope[] scopes = new ContextScope[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        scopes[i] = parts[i].restore();
      } catch (Throwable failure) {
        Throwable undoFailure = closeDownFrom(scopes, i - 1);
        if (undoFailure != null) {
          failure.addSuppressed(undoFailure);
        }
        throw Failures.sneakyThrow(failure);
      }
    }
    return () -> {
      Throwable failure = closeDownFrom(scopes, scopes.length - 1);
      if (failure != null) {
        throw Failures.sneakyThrow(failure);
      }
    };
  }

  /**
   * Closes {@code scopes[from]} down to {@code scopes[0]}, each even when one before it threw.
   *
   * @return the first failure, the later ones suppressed in it; {@code null} if none
   */
  private static Throwable closeDownFrom(ContextScope[] scopes, int from) {
    Throwable first = null;
    for (int i = from; i >= 0; i--) {
      if (scopes[i] == null) {
        continue;
      }
      try {
        scopes[i].close();
      } catch (Throwable failure) {
        if (first == null) {
          first = failure;
        } else {
          first.addSuppressed(failure);
        }
      }
    }
    return first;
  }
}
