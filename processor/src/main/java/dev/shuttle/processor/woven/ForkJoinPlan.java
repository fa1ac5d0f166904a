package dev.shuttle.processor.woven;

import static dev.shuttle.processor.RuntimeNames.FORK_JOINS;

import static dev.shuttle.processor.Literals.grouped;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/**
 * The {@code @ForkJoin} guard of one class. It is innermost: instead of calling {@code super} once
 * on the whole range, the override invokes the method's nested task, whose leaves call
 * {@code super} on ranges of at most the threshold.
 */
final class ForkJoinPlan implements GuardPlan {
  private final WovenType type;
  private final Map<ExecutableElement, ForkJoinSplit> splits;

  ForkJoinPlan(WovenType type, Map<ExecutableElement, ForkJoinSplit> splits) {
    this.type = type;
    this.splits = splits;
  }

  @Override
  public boolean guards(ExecutableElement method) {
    return splits.containsKey(method);
  }

  @Override
  public void addMembers(TypeSpec.Builder woven) {
    for (ForkJoinSplit split : splits.values()) {
      woven.addField(FieldSpec.builder(ForkJoinPool.class, split.poolField(), Modifier.PRIVATE, Modifier.FINAL)
          .initializer("$T.configuredPool(\n$>$>$S, $S, $L)$<$<", FORK_JOINS, split.overridePath(), split.description(),
              grouped(split.parallelism()))
          .build());
      woven.addField(FieldSpec.builder(int.class, split.thresholdField(), Modifier.PRIVATE, Modifier.FINAL)
          .initializer("$T.configuredThreshold(\n$>$>$S, $L)$<$<", FORK_JOINS, split.overridePath(), grouped(split.threshold()))
          .build());
    }
    for (ForkJoinSplit split : splits.values()) {
      woven.addType(new ForkJoinTaskWriter(type, split).write());
    }
  }

  @Override
  public CodeBlock describe(ExecutableElement method) {
    ForkJoinSplit split = splits.get(method);
    String results = switch (split.combine().combining()) {
      case NONE -> ".";
      case PLUS -> ", adding up their results.";
      case METHOD -> ", combining their results with {@code " + split.combine().method() + "}.";
    };
    String pool = split.ownPool()
        ? "On this method's own pool of " + split.parallelism() + " threads"
        : "On {@code ForkJoinPool.commonPool()}";
    String leaves = split.autoThreshold() ? "about four ranges per worker of the pool it runs in"
        : "ranges of at most " + grouped(split.threshold());
    return CodeBlock.of("Fork/join: splits {@code [$L, $L)} in halves down to $L and runs those\n"
            + "on the original method in parallel ({@code $L})$L\n"
            + "$L, or in the caller's pool when called from a fork/join worker.\n"
            + "Deploy-time overrides: {@code $L/...}.\n",
        split.from(), split.to(), leaves, split.taskName(), results, pool, split.overridePath());
  }

  @Override
  public CallCode wrap(WovenMethod method, CallCode inner) {
    ForkJoinSplit split = splits.get(method.element());
    CodeBlock task = new ForkJoinTaskWriter(type, split).newTask();
    CodeBlock invoke = CodeBlock.of("$T.invoke($N, $L)", FORK_JOINS, split.poolField(), task);
    return CallCode.expression(invoke, !method.returnsVoid());
  }
}
