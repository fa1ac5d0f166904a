package dev.shuttle.processor.woven;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;

/** A guard's decisions for one validated type: its members, and how it wraps each method. */
interface GuardPlan {

  /** Whether the override of {@code method} passes through this guard. */
  boolean guards(ExecutableElement method);

  /**
   * Whether this guard supplies the body of an abstract method ({@code @Race} does); guards that
   * only wrap {@code super} do not.
   */
  default boolean implementsAbstract(ExecutableElement method) {
    return false;
  }

  /**
   * The innermost code of an abstract method this guard {@linkplain #implementsAbstract
   * implements}, which the other guards then wrap as they wrap a {@code super} call elsewhere.
   */
  default CallCode implementation(WovenMethod method) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " implements no abstract method");
  }

  /**
   * A method the woven class adds beside {@code method}'s override, with its signature, that runs
   * the call past this guard (the guards inside it, then the original), for a caller that does
   * this guard's part itself; the override then calls it inside the guard. Most guards want none.
   */
  default Optional<Entry> entryPast(ExecutableElement method) {
    return Optional.empty();
  }

  /** A method past a guard: its name, allocated with the woven class's others, and what it is for. */
  record Entry(String name, CodeBlock javadoc) {}

  /** Adds the fields and constants the guard needs (limiters, locks) to the woven class. */
  void addMembers(TypeSpec.Builder woven);

  /**
   * The {@code WovenObjects.of(...)} of each runtime object among the guard's members, for the
   * woven class's {@link ObjectsAccessor}; none by default.
   *
   * @param className the user's class, qualified, as the objects report it
   */
  default List<CodeBlock> objects(String className) {
    return List.of();
  }

  /** One Javadoc paragraph (no {@code <p>}) for the override, saying what the guard does to the call. */
  CodeBlock describe(ExecutableElement method);

  /**
   * Wraps {@code inner}, the code that runs the rest of the call (the inner guards, then
   * {@code super}), in this guard.
   */
  CallCode wrap(WovenMethod method, CallCode inner);
}
