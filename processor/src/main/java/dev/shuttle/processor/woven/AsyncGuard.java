package dev.shuttle.processor.woven;

import dev.shuttle.processor.AnnotationMirrors;
import dev.shuttle.processor.Messages;
import dev.shuttle.processor.TypeChecks;
import dev.shuttle.processor.ValidationReport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.ElementFilter;

/** {@code @Async}: validates each method's return type and pool, and plans its hand-over to the pool. */
final class AsyncGuard implements Guard {
  static final String ASYNC = "dev.shuttle.Async";

  private final PoolPlanner pools;

  AsyncGuard(PoolPlanner pools) {
    this.pools = pools;
  }

  @Override
  public String displayName() {
    return "@Async";
  }

  @Override
  public GuardOrder order() {
    return GuardOrder.WHERE;
  }

  @Override
  public Set<String> annotations() {
    return Set.of(ASYNC, ClassPools.POOL, ClassPools.POOL_LIST);
  }

  @Override
  public boolean appliesTo(TypeElement type) {
    return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .anyMatch(method -> AnnotationMirrors.isAnnotated(method, ASYNC));
  }

  @Override
  public GuardPlan plan(WovenType type, ValidationReport report) {
    ClassPools classPools = pools.pools(type, report);
    Map<ExecutableElement, PoolRef> planned = new LinkedHashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.element().getEnclosedElements())) {
      AnnotationMirror async = AnnotationMirrors.find(method, ASYNC).orElse(null);
      if (async == null) {
        continue;
      }
      boolean ok = checkReturnType(new WovenMethod(method), report);
      ok &= WovenChecks.checkOverridable(type, method, "@Async", async, report);
      PoolRef pool = classPools.resolve(method, async, "@Async", report);
      if (ok && pool != null) {
        planned.put(method, pool);
      }
    }
    return new AsyncPlan(type, planned, classPools);
  }

  /** {@code void}, or {@code CompletableFuture<T>} / {@code CompletionStage<T>} with its type argument. */
  private static boolean checkReturnType(WovenMethod method, ValidationReport report) {
    if (method.returnsVoid()
        || (method.returnsStage() && !((DeclaredType) method.element().getReturnType()).getTypeArguments().isEmpty())) {
      return true;
    }
    String returned = TypeChecks.shortName(method.element().getReturnType());
    report.error(Messages.asyncReturnType(TypeChecks.describe(method.element()),
        method.returnsStage() ? "raw " + returned : returned), method.element());
    return false;
  }
}
