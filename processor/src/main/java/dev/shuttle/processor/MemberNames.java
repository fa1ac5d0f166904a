package dev.shuttle.processor;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.function.Function;

/**
 * The name of an annotation member given as a method reference ({@code Actor::mailbox} gives
 * {@code "mailbox"}), so that the processor never spells a member's name: renaming a member breaks
 * the processor's compile instead of its error messages.
 */
final class MemberNames {
  private MemberNames() {}

  /** @param member a reference to one member of {@code type}, such as {@code Actor::mailbox} */
  static <A extends Annotation> String of(Class<A> type, Function<? super A, ?> member) {
    A recorder = type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (proxy, method, arguments) -> {
          throw new Called(method.getName());
        }));
    try {
      member.apply(recorder);
    } catch (Called called) {
      return called.name;
    }
    throw new IllegalArgumentException("not a member reference of " + type.getName());
  }

  /** Carries the name of the member called out of the recorder, which has no value to return. */
  private static final class Called extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String name;

    Called(String name) {
      super(null, null, false, false);
      this.name = name;
    }
  }
}
