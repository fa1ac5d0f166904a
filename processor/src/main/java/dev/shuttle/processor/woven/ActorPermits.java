package dev.shuttle.processor.woven;

import static dev.shuttle.processor.GeneratedNames.capitalize;
import static dev.shuttle.processor.Literals.duration;
import static dev.shuttle.processor.RuntimeNames.RATE_LIMIT_EXCEEDED;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.shuttle.Actor;
import dev.shuttle.processor.ActorPermit;
import dev.shuttle.processor.AnnotationMirrors;
import dev.shuttle.processor.GeneratedNames;
import dev.shuttle.processor.TypeChecks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/**
 * What the woven class of an {@code @Actor} class adds so that the actor waits for the permits of
 * the methods whose {@code @RateLimited} waits without holding a thread ({@link ActorPermit}): per
 * bucket, a method that reserves a permit; per method, the call past its limit, which the actor
 * runs once the permit is due. The overrides keep their blocking guard for every other caller.
 */
final class ActorPermits {
  private final String actor;
  private final Map<RateLimitBucket, String> reserves;
  private final Map<ExecutableElement, ActorPermit> permits;

  private ActorPermits(String actor, Map<RateLimitBucket, String> reserves, Map<ExecutableElement, ActorPermit> permits) {
    this.actor = actor;
    this.reserves = reserves;
    this.permits = permits;
  }

  /** The members for the waiting limits among {@code buckets}; none unless {@code type} is an actor. */
  static ActorPermits plan(WovenType type, Map<ExecutableElement, RateLimitBucket> buckets) {
    Map<RateLimitBucket, String> reserves = new LinkedHashMap<>();
    Map<ExecutableElement, ActorPermit> permits = new LinkedHashMap<>();
    String actor = GeneratedNames.generatedName(type.element(), "", "Actor").simpleName();
    if (!AnnotationMirrors.isAnnotated(type.element(), Actor.class)) {
      return new ActorPermits(actor, reserves, permits);
    }
    OverloadNames overloads = new OverloadNames();
    buckets.forEach((method, bucket) -> {
      if (bucket.limit().fail()) {
        return; // a refusal needs no wait: the override refuses on the actor's turn
      }
      String name = overloads.next(method);
      String reserve = reserves.computeIfAbsent(bucket, b -> type.names().newName(
          b.classWide() ? "reserveClassPermit" : "reserve" + capitalize(name) + "Permit"));
      permits.put(method, new ActorPermit(reserve, keyPosition(method, bucket), type.names().newName(name + "Permitted")));
    });
    return new ActorPermits(actor, reserves, permits);
  }

  private static OptionalInt keyPosition(ExecutableElement method, RateLimitBucket bucket) {
    List<String> parameters = method.getParameters().stream().map(p -> p.getSimpleName().toString()).toList();
    return bucket.key().map(key -> OptionalInt.of(parameters.indexOf(key))).orElse(OptionalInt.empty());
  }

  /** What the actor finds in the woven class, per method whose limit waits. */
  Map<ExecutableElement, ActorPermit> offered() {
    return permits;
  }

  /** The reserving methods: {@code long reserveLookupPermit(Object address)}, one per bucket. */
  void addMembers(TypeSpec.Builder woven) {
    reserves.forEach((bucket, name) -> {
      MethodSpec.Builder reserve = MethodSpec.methodBuilder(name)
          .addJavadoc("Reserves a permit of {@code $L}$L for {@code $L}, which holds the message until the permit is\n",
              bucket.field(), bucket.key().map(key -> ", the bucket of this {@code " + key + "},").orElse(""), actor)
          .addJavadoc("due, without a thread, then calls the method past its limit.\n\n")
          .addJavadoc("@return nanoseconds until the permit is due, {@code 0} if now\n")
          .addModifiers(Modifier.FINAL)
          .returns(long.class)
          .addStatement("return $L", bucket.reserve());
      if (bucket.limit().hasMaxWait()) {
        reserve.addJavadoc("@throws $T if it would be due later than $L; nothing is reserved\n",
            RATE_LIMIT_EXCEEDED, duration(bucket.limit().maxWait(), bucket.limit().maxWaitUnit()));
      }
      bucket.key().ifPresent(key -> reserve.addParameter(ClassName.OBJECT, key));
      woven.addMethod(reserve.build());
    });
  }

  /** The call of {@code method} past its limit, if the actor waits for its permit. */
  Optional<GuardPlan.Entry> entryPast(ExecutableElement method) {
    return Optional.ofNullable(permits.get(method)).map(permit -> new GuardPlan.Entry(permit.permitted(), CodeBlock.of(
        "{@code $L} past its rate limit, for {@code $L}, which calls it once the permit it reserved\n"
            + "with {@link #$L} is due. Every other caller goes through the override, which waits for its permit.\n",
        TypeChecks.describe(method), actor, permit.reserve())));
  }
}
