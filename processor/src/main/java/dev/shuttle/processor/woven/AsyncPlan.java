package dev.shuttle.processor.woven;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeSpec;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;

/**
 * The {@code @Async} guard of one class: the override hands the call to its pool and returns at
 * once, with the pool's future (a method returning a stage) or nothing (a {@code void} method,
 * fire and forget). Everything inside it, inner guards included, runs on the pool.
 */
final class AsyncPlan implements GuardPlan {
  private final WovenType type;
  private final Map<ExecutableElement, PoolRef> pools;
  private final ClassPools classPools;

  AsyncPlan(WovenType type, Map<ExecutableElement, PoolRef> pools, ClassPools classPools) {
    this.type = type;
    this.pools = pools;
    this.classPools = classPools;
  }

  @Override
  public boolean guards(ExecutableElement method) {
    return pools.containsKey(method);
  }

  @Override
  public void addMembers(TypeSpec.Builder woven) {
    classPools.addMembers(woven);
  }

  @Override
  public CodeBlock describe(ExecutableElement method) {
    String outcome = new WovenMethod(method).returnsVoid()
        ? "a failure goes to the handler set with\n{@code TaskPools.setFailureHandler} (by default, a log warning)"
        : "the future completes as the original's future does";
    return CodeBlock.of("Runs on $L\nand returns at once; $L.\n", pools.get(method).describe(), outcome);
  }

  @Override
  public CallCode wrap(WovenMethod method, CallCode inner) {
    PoolRef pool = pools.get(method.element());
    String task = type.simpleName() + "." + method.name();
    return method.returnsVoid()
        ? inner.handedOn(lambda -> CodeBlock.of("$L.execute($S, $L)", pool.field(), task, lambda), false)
        : inner.handedOn(lambda -> CodeBlock.of("$L.submit($L)", pool.field(), lambda), true);
  }
}
