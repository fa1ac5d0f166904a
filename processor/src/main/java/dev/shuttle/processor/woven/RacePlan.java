package dev.shuttle.processor.woven;

import static dev.shuttle.processor.Literals.duration;
import static dev.shuttle.processor.Literals.grouped;
import static dev.shuttle.processor.RuntimeNames.RACE;
import static dev.shuttle.processor.RuntimeNames.RACE_SETTINGS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/**
 * The {@code @Race} guard of one class: it implements each abstract {@code @Race} method with a
 * {@code Race} of its sources on its pool. The race is the method's body; other guards on the
 * method (a rate limit) wrap it like any body.
 */
final class RacePlan implements GuardPlan {
  private static final ClassName TIME_UNIT = ClassName.get(TimeUnit.class);

  private final Set<ExecutableElement> raced;
  private final Map<ExecutableElement, RaceCall> calls;
  private final ClassPools classPools;

  /** @param raced every {@code @Race} method, valid or not: none of them is left abstract */
  RacePlan(Set<ExecutableElement> raced, Map<ExecutableElement, RaceCall> calls, ClassPools classPools) {
    this.raced = raced;
    this.calls = calls;
    this.classPools = classPools;
  }

  @Override
  public boolean guards(ExecutableElement method) {
    return calls.containsKey(method);
  }

  @Override
  public boolean implementsAbstract(ExecutableElement method) {
    return raced.contains(method);
  }

  @Override
  public void addMembers(TypeSpec.Builder woven) {
    classPools.addMembers(woven);
    for (RaceCall call : calls.values()) {
      woven.addField(FieldSpec.builder(RACE_SETTINGS, call.constant(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer(settings(call))
          .build());
    }
  }

  /**
   * {@code RaceSettings.of("Quotes.quote", "fromPrimary", "fromMirror")}, then its hedge delay and
   * timeout, and where their deploy-time overrides live.
   */
  private static CodeBlock settings(RaceCall call) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.of($S", RACE_SETTINGS, call.description());
    call.sources().forEach(source -> code.add(", $S", source.name()));
    code.add(")");
    if (call.hedgeAfter() > 0) {
      code.add("\n$>$>.hedgeAfter($L, $T.$L)$<$<", grouped(call.hedgeAfter()), TIME_UNIT, call.unit());
    }
    if (call.timeout() > 0) {
      code.add("\n$>$>.timeout($L, $T.$L)$<$<", grouped(call.timeout()), TIME_UNIT, call.unit());
    }
    code.add("\n$>$>.configuredAt($S, $T.$L)$<$<", call.overridePath(), TIME_UNIT, call.unit());
    return code.build();
  }

  @Override
  public CodeBlock describe(ExecutableElement method) {
    RaceCall call = calls.get(method);
    CodeBlock.Builder text = CodeBlock.builder().add("Races ");
    for (int i = 0; i < call.sources().size(); i++) {
      text.add(i == 0 ? "" : i == call.sources().size() - 1 ? " and " : ", ")
          .add("{@code $L}", call.sources().get(i).name());
    }
    text.add(" on $L:\nthe first success wins and the others are cancelled (interrupted if running); it fails with\n"
        + "{@code RaceFailedException} only if every source fails.\n", call.pool().describe());
    if (call.hedgeAfter() > 0) {
      text.add("Hedged: the sources start one at a time, the next after $L without a success.\n",
          duration(call.hedgeAfter(), call.unit()));
    }
    if (call.timeout() > 0) {
      text.add("After $L it fails with {@code TimeoutException}.\n", duration(call.timeout(), call.unit()));
    }
    text.add("Deploy-time overrides: {@code $L/...}.\n", call.overridePath());
    return text.build();
  }

  /** The race itself is the body; nothing to wrap. */
  @Override
  public CallCode wrap(WovenMethod method, CallCode inner) {
    return inner;
  }

  @Override
  public CallCode implementation(WovenMethod method) {
    RaceCall call = calls.get(method.element());
    CodeBlock.Builder code = CodeBlock.builder()
        .add("new $T<$T>($L, $L)\n", RACE, call.valueType(), call.constant(), call.pool().field());
    for (RaceCall.Source source : call.sources()) {
      code.add(".$L(() -> $L($L))\n", source.staged() ? "stage" : "value", source.name(), method.arguments());
    }
    // A statement's continuation lines are indented twice already.
    return CallCode.expression(code.add(".start()").build(), true);
  }
}
