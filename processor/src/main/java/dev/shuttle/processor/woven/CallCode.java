package dev.shuttle.processor.woven;

import com.palantir.javapoet.CodeBlock;

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

  private CallCode(CodeBlock code, boolean expression, boolean returnsValue) {
    this.code = code;
    this.expression = expression;
    this.returnsValue = returnsValue;
  }

  /** @param returnsValue whether the method returns what {@code expression} evaluates to */
  static CallCode expression(CodeBlock expression, boolean returnsValue) {
    return new CallCode(expression, true, returnsValue);
  }

  /** Statements that end the call themselves: they return the method's value if it has one. */
  static CallCode statements(CodeBlock statements) {
    return new CallCode(statements, false, false);
  }

  /** As statements: {@code return super.fetch(url);}, {@code super.ping();}, or the statements as they are. */
  CodeBlock statements() {
    if (!expression) {
      return code;
    }
    return returnsValue ? CodeBlock.builder().addStatement("return $L", code).build()
        : CodeBlock.builder().addStatement("$L", code).build();
  }

  /** As a lambda without parameters: {@code () -> super.fetch(url)}, or a block for statements. */
  CodeBlock lambda() {
    return expression ? CodeBlock.of("() -> $L", code) : CodeBlock.of("() -> {\n$>$L$<}", code);
  }
}
