package dev.shuttle.processor.woven;

import dev.shuttle.Async;
import dev.shuttle.Pool;
import dev.shuttle.processor.AnnotationOn;
import dev.shuttle.processor.Problems;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.TypeChecks;
import dev.shuttle.processor.ValidationReport;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/** {@code @Async}: validates each method's return type and pool, and plans its hand-over to the pool. */
final class AsyncGuard implements Guard {
  private final ProcessorContext context;

  AsyncGuard(ProcessorContext context) {
    this.context = context;
  }

  @Override
  public Class<? extends Annotation> pattern() {
    return Async.class;
  }

  @Override
  public GuardOrder order() {
    return GuardOrder.WHERE;
  }

  @Override
  public Set<Class<? extends Annotation>> annotations() {
    return Set.of(Async.class, Pool.class, Pool.List.class);
  }

  @Override
  public boolean appliesTo(TypeElement type) {
    return context.marks().reachesAnyMethod(type, Async.class);
  }

  @Override
  public GuardPlan plan(WovenType type, ValidationReport report) {
    Map<ExecutableElement, PoolRef> planned = new LinkedHashMap<>();
    for (ExecutableElement method : context.marks().visibleMethodsMarked(type.element(), Async.class)) {
      AnnotationOn<Async> async = context.marks().find(type.element(), method, Async.class).orElseThrow();
      boolean ok = checkReturnType(new WovenMethod(method), report);
      ok &= WovenChecks.checkOverridable(type, method, async, report);
      PoolRef pool = type.pools().resolve(async, Async::pool, report);
      if (ok && pool != null) {
        planned.put(method, pool);
      }
    }
    return new AsyncPlan(type, planned, type.pools());
  }

  /** {@code void}, or {@code CompletableFuture<T>} / {@code CompletionStage<T>} with its type argument. */
  private static boolean checkReturnType(WovenMethod method, ValidationReport report) {
    if (method.returnsVoid()
        || (method.returnsStage() && !((DeclaredType) method.element().getReturnType()).getTypeArguments().isEmpty())) {
      return true;
    }
    String returned = TypeChecks.shortName(method.element().getReturnType());
    report.add(Problems.asyncReturnType(TypeChecks.describe(method.element()),
        method.returnsStage() ? "raw " + returned : returned), method.element());
    return false;
  }
}
