package dev.shuttle.processor.woven;

import static dev.shuttle.processor.Literals.duration;
import static dev.shuttle.processor.RuntimeNames.RATE_LIMIT;
import static dev.shuttle.processor.RuntimeNames.WOVEN_OBJECTS;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/**
 * The {@code @RateLimited} guard of one class: a permit before the call. A blocking method waits
 * for it (or fails at once, or after {@code maxWait}); a method returning a stage never blocks:
 * its call is started when the permit comes due and its future completes with the result. The
 * actor of an {@code @Actor} class waits for its messages' permits without a thread instead,
 * through the {@link ActorPermits} members.
 */
final class RateLimitPlan implements GuardPlan {
  private final Map<ExecutableElement, RateLimitBucket> buckets;
  private final Map<ExecutableElement, String> costs; // the @RateLimited.Cost parameter of a method that has one
  private final ActorPermits actorPermits;

  RateLimitPlan(Map<ExecutableElement, RateLimitBucket> buckets, Map<ExecutableElement, String> costs,
      ActorPermits actorPermits) {
    this.buckets = buckets;
    this.costs = costs;
    this.actorPermits = actorPermits;
  }

  @Override
  public boolean guards(ExecutableElement method) {
    return buckets.containsKey(method);
  }

  @Override
  public void addMembers(TypeSpec.Builder woven) {
    Map<String, RateLimitBucket> distinct = new LinkedHashMap<>();
    buckets.values().forEach(bucket -> distinct.putIfAbsent(bucket.field(), bucket));
    for (RateLimitBucket bucket : distinct.values()) {
      woven.addField(FieldSpec.builder(RATE_LIMIT, bucket.constant(),
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer(bucket.constantInitializer())
          .build());
    }
    for (RateLimitBucket bucket : distinct.values()) {
      woven.addField(FieldSpec.builder(bucket.fieldType(), bucket.field(), Modifier.PRIVATE, Modifier.FINAL)
          .initializer(bucket.fieldInitializer())
          .build());
      bucket.maxWaitField().ifPresent(field -> woven.addField(
          FieldSpec.builder(long.class, field, Modifier.PRIVATE, Modifier.FINAL)
              .initializer(bucket.maxWaitInitializer())
              .build()));
    }
    actorPermits.addMembers(woven);
  }

  /** Each bucket once, with the method it guards ({@code null} for a class's shared bucket). */
  @Override
  public List<CodeBlock> objects(String className) {
    Map<String, CodeBlock> distinct = new LinkedHashMap<>();
    buckets.forEach((method, bucket) -> distinct.putIfAbsent(bucket.field(), CodeBlock.of("$T.of($N, $S, $S)",
        WOVEN_OBJECTS, bucket.field(), className, bucket.classWide() ? null : method.getSimpleName().toString())));
    return new ArrayList<>(distinct.values());
  }

  @Override
  public Optional<Entry> entryPast(ExecutableElement method) {
    return actorPermits.entryPast(method);
  }

  @Override
  public CodeBlock describe(ExecutableElement method) {
    RateLimitBucket bucket = buckets.get(method);
    String scope = bucket.shared()
        ? "the bucket named \"" + bucket.limit().name() + "\", shared by everyone using that name"
        : bucket.classWide() ? "one bucket per instance, shared by the class's public methods"
        : "one bucket per instance";
    if (bucket.keyed()) {
      scope += ", one per {@code " + bucket.key().get() + "}";
    }
    String onLimit = bucket.limit().fail() ? "fails at once with {@code RateLimitExceededException}"
        : bucket.limit().hasMaxWait()
            ? "waits at most " + duration(bucket.limit().maxWait(), bucket.limit().maxWaitUnit()) + ", then fails"
        : "waits for a permit";
    String overrides = bucket.shared() ? "RateLimited/" + bucket.limit().name() : bucket.overridePath();
    String cost = costs.containsKey(method) ? " A call costs {@code " + costs.get(method) + "} permits." : "";
    return CodeBlock.of("Rate limited: $L ($L);\nover the limit it $L.$L Deploy-time overrides: {@code $L/...}.\n",
        bucket.limit().describe(), scope, onLimit, cost, overrides);
  }

  @Override
  public CallCode wrap(WovenMethod method, CallCode inner) {
    RateLimitBucket bucket = buckets.get(method.element());
    Optional<String> cost = Optional.ofNullable(costs.get(method.element()));
    if (method.returnsStage()) {
      // Never block a caller that asked for a future: start the call when its permit comes due.
      return inner.handedOn(call -> bucket.startWhenPermitted(cost, call), true);
    }
    return CallCode.statements(CodeBlock.builder().addStatement(bucket.acquire(cost)).add(inner.statements()).build());
  }
}
