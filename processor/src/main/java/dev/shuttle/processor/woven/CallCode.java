package dev.shuttle.processor.woven;

import com.palantir.javapoet.CodeBlock;
import java.util.function.UnaryOperator;

/**
 * The code that runs the rest of a guarded call, as a guard receives it to wrap: one expression
 * (the original method, or an inner guard's call) or statements. Keeping the expression lets a
 * guard that hands the call on write {@code () -> super.fetch(url)}, not a block with one
 * {@code return}.
 */
final class CallCode {
  private final CodeBlock code;
  private final boolean expression;
  private final boolean returnsValue;
  private final boolean holdsStatements;

  private CallCode(CodeBlock code, boolean expression, boolean returnsValue, boolean holdsStatements) {
    this.code = code;
    this.expression = expression;
    this.returnsValue = returnsValue;
    this.holdsStatements = holdsStatements;
  }

  /** @param returnsValue whether the method returns what {@code expression} evaluates to */
  static CallCode expression(CodeBlock expression, boolean returnsValue) {
    return new CallCode(expression, true, returnsValue, false);
  }

  /** Statements that end the call themselves: they return the method's value if it has one. */
  static CallCode statements(CodeBlock statements) {
    return new CallCode(statements, false, false, true);
  }

  /**
   * An expression that hands this code on as a lambda: {@code call} takes the lambda, such as
   * {@code () -> super.fetch(url)}, and returns the expression that passes it, such as
   * {@code pool.submit(() -> super.fetch(url))}.
   *
   * @param returnsValue whether the method returns what that expression evaluates to
   */
  CallCode handedOn(UnaryOperator<CodeBlock> call, boolean returnsValue) {
    return new CallCode(call.apply(lambda()), true, returnsValue, holdsStatements);
  }

  /** As statements: {@code return super.fetch(url);}, {@code super.ping();}, or the statements as they are. */
  CodeBlock statements() {
    if (!expression) {
      return code;
    }
    String format = returnsValue ? "return $L" : "$L";
    // A block lambda's statements cannot sit inside another statement's wrapping scope.
    return holdsStatements ? CodeBlock.of(format + ";\n", code) : CodeBlock.builder().addStatement(format, code).build();
  }

  /** As a lambda without parameters: {@code () -> super.fetch(url)}, or a block for statements. */
  private CodeBlock lambda() {
    return expression ? CodeBlock.of("() -> $L", code) : CodeBlock.of("() -> {\n$>$L$<}", code);
  }
}
