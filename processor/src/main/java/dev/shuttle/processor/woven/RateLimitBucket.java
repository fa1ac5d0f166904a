package dev.shuttle.processor.woven;

import static dev.shuttle.processor.RuntimeNames.KEYED_RATE_LIMITER;
import static dev.shuttle.processor.RuntimeNames.RATE_LIMIT;
import static dev.shuttle.processor.RuntimeNames.RATE_LIMITER;
import static dev.shuttle.processor.RuntimeNames.RATE_LIMITERS;

import static dev.shuttle.processor.GeneratedNames.constantCase;
import static dev.shuttle.processor.Literals.count;
import static dev.shuttle.processor.Literals.grouped;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.shuttle.RateLimited;
import dev.shuttle.processor.Literals;
import dev.shuttle.processor.OverridePaths;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * One token bucket of the woven class: the field that holds it, the constant with its limit,
 * and how a guarded call reaches it.
 *
 * @param field the instance field: {@code repoLimiter}, {@code searchLimiters} (keyed), {@code rateLimiter} (class)
 * @param constant the static {@code RateLimit}: {@code REPO_LIMIT}
 * @param key the {@code @RateLimited.Key} parameter's name, if the bucket is per key
 * @param classWide whether it is the bucket of a class-level {@code @RateLimited}
 * @param overridePath where the deploy-time overrides of the annotation that gave the limit live:
 *     {@code golden.GitHubClient/repo/RateLimited}
 * @param maxWaitField the instance field with the call's {@code maxWait} in nanoseconds, overrides
 *     applied, if the limit has one: {@code starMaxWaitNanos}
 */
record RateLimitBucket(String field, String constant, Limit limit, Optional<String> key, boolean classWide,
    String overridePath, Optional<String> maxWaitField) {
  private static final ClassName TIME_UNIT = ClassName.get(TimeUnit.class);

  /** {@code @RateLimited}'s values, already validated. {@code maxWait < 0} means no limit. */
  record Limit(long value, long period, TimeUnit unit, long burst, boolean fail, long maxWait, TimeUnit maxWaitUnit,
      String name) {

    /** Whether a call waits at most {@code maxWait} rather than as long as it takes. */
    boolean hasMaxWait() {
      return maxWait >= 0;
    }

    /** {@code burst = 0} means a bucket as big as {@code value}: bursts of a full period's permits. */
    long effectiveBurst() {
      return burst == 0 ? value : burst;
    }

    /** {@code 100 permits per second, burst 100}. */
    String describe() {
      return count(value, "permit") + " per " + Literals.period(period, unit) + ", burst " + effectiveBurst();
    }
  }

  /**
   * The bucket of one method: its own annotation's limit, or (with a key) the class's limit.
   *
   * @param onMethod whether the limit is the method's own {@code @RateLimited}, rather than the class's
   */
  static RateLimitBucket forMethod(WovenType type, ExecutableElement method, String name, Limit limit,
      Optional<VariableElement> key, boolean onMethod) {
    return new RateLimitBucket(
        type.names().newName(name + (key.isPresent() ? "Limiters" : "Limiter")),
        type.names().newName(constantCase(name) + "_LIMIT"),
        limit,
        key.map(k -> k.getSimpleName().toString()),
        false,
        onMethod ? OverridePaths.onMethod(type.element(), method, RateLimited.class)
            : OverridePaths.onClass(type.element(), RateLimited.class),
        maxWaitField(type, name, limit));
  }

  /** The bucket a class-level {@code @RateLimited} gives all public methods of an instance. */
  static RateLimitBucket forClass(WovenType type, Limit limit) {
    return new RateLimitBucket(type.names().newName("rateLimiter"), type.names().newName("RATE_LIMIT"), limit,
        Optional.empty(), true, OverridePaths.onClass(type.element(), RateLimited.class),
        maxWaitField(type, "rateLimit", limit));
  }

  private static Optional<String> maxWaitField(WovenType type, String name, Limit limit) {
    return limit.hasMaxWait() && !limit.fail() ? Optional.of(type.names().newName(name + "MaxWaitNanos"))
        : Optional.empty();
  }

  boolean keyed() {
    return key.isPresent();
  }

  boolean shared() {
    return !limit.name().isEmpty();
  }

  TypeName fieldType() {
    return keyed() ? KEYED_RATE_LIMITER : RATE_LIMITER;
  }

  /** {@code RateLimit.of(50, 1, TimeUnit.SECONDS)}, then {@code .withBurst(5)} if the burst is not the permits. */
  CodeBlock constantInitializer() {
    CodeBlock of = CodeBlock.of("$T.of($L, $L, $T.$L)", RATE_LIMIT, grouped(limit.value()), grouped(limit.period()),
        TIME_UNIT, limit.unit());
    return limit.effectiveBurst() == limit.value() ? of
        : CodeBlock.of("$L.withBurst($L)", of, grouped(limit.effectiveBurst()));
  }

  /**
   * A bucket of its own per instance, which reads the overrides of its declaration and is named
   * after it, or the registry's bucket for a {@code name} (which reads the name's overrides).
   */
  CodeBlock fieldInitializer() {
    if (shared()) {
      return CodeBlock.of("$T.$L($S, $L)", RATE_LIMITERS, keyed() ? "sharedKeyed" : "shared", limit.name(), constant);
    }
    return CodeBlock.of("new $T($L, $T.$L, $S)", fieldType(), constant, TIME_UNIT, limit.unit(), overridePath);
  }

  /** The {@code maxWait} field's initializer: the annotation's value with its override. */
  CodeBlock maxWaitInitializer() {
    return CodeBlock.of("$T.configuredMaxWaitNanos(\n$>$>$S, $L, $T.$L)$<$<", RATE_LIMIT, overridePath,
        grouped(limit.maxWait()), TIME_UNIT, limit.maxWaitUnit());
  }

  /** The limiter a call uses: {@code repoLimiter}, or {@code searchLimiters.forKey(user)}. */
  CodeBlock limiter() {
    return keyed() ? CodeBlock.of("$L.forKey($L)", field, key.get()) : CodeBlock.of("$L", field);
  }

  /**
   * Takes the permit of a blocking call (or {@code cost} permits, a parameter's name): fails at
   * once, waits at most {@code maxWait}, or waits as long as it takes.
   */
  CodeBlock acquire(Optional<String> cost) {
    String permits = cost.map(name -> name + ", ").orElse("");
    if (limit.fail()) {
      return CodeBlock.of("$L.tryAcquireOrFail($L)", limiter(), cost.orElse(""));
    }
    if (limit.hasMaxWait()) {
      return CodeBlock.of("$L.acquire($L$L, $T.NANOSECONDS)", limiter(), permits, maxWaitField.get(), TIME_UNIT);
    }
    return CodeBlock.of("$L.acquire($L)", limiter(), cost.orElse(""));
  }

  /**
   * Reserves the permit of a waiting call that waits without a thread (an actor's message): the
   * nanoseconds until it is due, as long as it takes or at most {@code maxWait}.
   */
  CodeBlock reserve() {
    if (limit.hasMaxWait()) {
      return CodeBlock.of("$L.reserve($L, $T.NANOSECONDS)", limiter(), maxWaitField.get(), TIME_UNIT);
    }
    return CodeBlock.of("$L.reserve()", limiter());
  }

  /**
   * Starts {@code call}, a lambda returning the method's stage, when its permit (or {@code cost}
   * permits) is due, as the limit says.
   */
  CodeBlock startWhenPermitted(Optional<String> cost, CodeBlock call) {
    String permits = cost.map(name -> name + ", ").orElse("");
    if (limit.fail()) {
      return CodeBlock.of("$L.ifPermitted($L$L)", limiter(), permits, call);
    }
    if (limit.hasMaxWait()) {
      return CodeBlock.of("$L.whenPermitted($L$L, $T.NANOSECONDS, $L)", limiter(), permits, maxWaitField.get(),
          TIME_UNIT, call);
    }
    return CodeBlock.of("$L.whenPermitted($L$L)", limiter(), permits, call);
  }
}
