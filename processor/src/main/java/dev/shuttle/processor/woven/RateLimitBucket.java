package dev.shuttle.processor.woven;

import static dev.shuttle.processor.RuntimeNames.KEYED_RATE_LIMITER;
import static dev.shuttle.processor.RuntimeNames.RATE_LIMIT;
import static dev.shuttle.processor.RuntimeNames.RATE_LIMITER;
import static dev.shuttle.processor.RuntimeNames.RATE_LIMITERS;
import static dev.shuttle.processor.RuntimeNames.TICKER;

import static dev.shuttle.processor.GeneratedNames.constantCase;
import static dev.shuttle.processor.Literals.grouped;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.Locale;
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
 * @param description what a {@code RateLimitExceededException} names: {@code GitHubClient.repo}
 */
record RateLimitBucket(String field, String constant, Limit limit, Optional<String> key, String description) {
  private static final ClassName TIME_UNIT = ClassName.get(TimeUnit.class);

  /** {@code @RateLimited}'s values, already validated. {@code maxWait < 0} means no limit. */
  record Limit(long value, long period, TimeUnit unit, long burst, boolean fail, long maxWait, TimeUnit maxWaitUnit,
      String name) {

    /** {@code burst = 0} means a bucket as big as {@code value}: bursts of a full period's permits. */
    long effectiveBurst() {
      return burst == 0 ? value : burst;
    }

    /** {@code 100 permits per 1 second, burst 100}. */
    String describe() {
      return value + " permit" + (value == 1 ? "" : "s") + " per " + period + " "
          + unit.name().toLowerCase(Locale.ROOT).replaceAll("s$", "") + (period == 1 ? "" : "s")
          + ", burst " + effectiveBurst();
    }
  }

  static RateLimitBucket forMethod(
      WovenType type, ExecutableElement method, String name, Limit limit, Optional<VariableElement> key) {
    return new RateLimitBucket(
        name + (key.isPresent() ? "Limiters" : "Limiter"),
        constantCase(name) + "_LIMIT",
        limit,
        key.map(k -> k.getSimpleName().toString()),
        type.simpleName() + "." + method.getSimpleName());
  }

  /** The bucket a class-level {@code @RateLimited} gives all public methods of an instance. */
  static RateLimitBucket forClass(WovenType type, Limit limit) {
    return new RateLimitBucket("rateLimiter", "RATE_LIMIT", limit, Optional.empty(), type.simpleName());
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

  CodeBlock constantInitializer() {
    return CodeBlock.of("$T.of($L, $L, $T.$L, $L)", RATE_LIMIT, grouped(limit.value()), limit.period(), TIME_UNIT,
        limit.unit(), grouped(limit.effectiveBurst()));
  }

  /** A bucket of its own per instance, or the registry's bucket for a {@code name}. */
  CodeBlock fieldInitializer() {
    if (shared()) {
      return CodeBlock.of("$T.$L($S, $L)", RATE_LIMITERS, keyed() ? "sharedKeyed" : "shared", limit.name(), constant);
    }
    return CodeBlock.of("new $T($L, $T.system(), $S)", fieldType(), constant, TICKER, description);
  }

  /** The limiter a call uses: {@code repoLimiter}, or {@code searchLimiters.forKey(user)}. */
  CodeBlock limiter() {
    return keyed() ? CodeBlock.of("$L.forKey($L)", field, key.get()) : CodeBlock.of("$L", field);
  }

  /** How long a call may wait for its permit, in nanoseconds; {@code -1L} for as long as it takes. */
  CodeBlock maxWaitNanos() {
    if (limit.fail()) {
      return CodeBlock.of("0L");
    }
    if (limit.maxWait() < 0) {
      return CodeBlock.of("-1L");
    }
    return CodeBlock.of("$T.$L.toNanos($L)", TIME_UNIT, limit.maxWaitUnit(), limit.maxWait());
  }

}
