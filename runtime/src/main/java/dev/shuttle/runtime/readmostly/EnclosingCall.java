package dev.shuttle.runtime.readmostly;

import java.lang.StackWalker.StackFrame;
import java.util.Iterator;
import java.util.Optional;

/**
 * Names the guarded call that a refused nested call was made from, by looking down the calling
 * thread's stack: the first frame outside the lock is the generated override that called it, and
 * the next frame of that same class is the override it was called from. Only error paths use
 * this (a stack walk costs microseconds), so that no fast path has to record which method holds
 * a lock.
 *
 * <p>The stack shows methods, not objects: when another object of the same class is called in
 * between ({@code a.find} calls {@code b.size}, which calls {@code a.put}), the name is that of
 * the call in between. The refusal itself never depends on this; only the message does.
 */
final class EnclosingCall {
  private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  private EnclosingCall() {}

  /** The method, of the class that called the lock, that the current call was made from. */
  static Optional<String> of() {
    return WALKER.walk(frames -> {
      Iterator<StackFrame> below = frames
          .dropWhile(frame -> frame.getDeclaringClass() == EnclosingCall.class
              || ReadMostlyLock.class.isAssignableFrom(frame.getDeclaringClass().getNestHost()))
          .iterator();
      if (!below.hasNext()) {
        return Optional.empty();
      }
      Class<?> caller = below.next().getDeclaringClass();
      while (below.hasNext()) {
        StackFrame frame = below.next();
        if (frame.getDeclaringClass() == caller) {
          return Optional.of(sourceName(frame.getMethodName()));
        }
      }
      return Optional.empty();
    });
  }

  /** {@code lambda$find$0}, a lambda in {@code find}, is {@code find}. */
  private static String sourceName(String methodName) {
    if (methodName.startsWith("lambda$")) {
      int end = methodName.indexOf('$', "lambda$".length());
      return end < 0 ? methodName : methodName.substring("lambda$".length(), end);
    }
    return methodName;
  }
}
