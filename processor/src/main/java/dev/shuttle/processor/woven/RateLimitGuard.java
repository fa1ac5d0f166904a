package dev.shuttle.processor.woven;

import dev.shuttle.Actor;
import dev.shuttle.RateLimited;
import dev.shuttle.processor.AnnotationMirrors;
import dev.shuttle.processor.AnnotationOn;
import dev.shuttle.processor.Marks;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.Problems;
import dev.shuttle.processor.TypeChecks;
import dev.shuttle.processor.ValidationReport;
import java.lang.annotation.Annotation;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;

/** {@code @RateLimited}: validates the limits and plans one bucket per method (or per class, or per name). */
final class RateLimitGuard implements Guard {
  private final ProcessorContext context;

  RateLimitGuard(ProcessorContext context) {
    this.context = context;
  }

  @Override
  public Class<? extends Annotation> pattern() {
    return RateLimited.class;
  }

  @Override
  public GuardOrder order() {
    return GuardOrder.RATE;
  }

  @Override
  public Set<Class<? extends Annotation>> annotations() {
    return Set.of(RateLimited.class, RateLimited.Key.class, RateLimited.Cost.class);
  }

  @Override
  public boolean appliesTo(TypeElement type) {
    if (AnnotationMirrors.isAnnotated(type, RateLimited.class)) {
      return true;
    }
    return context.marks().reachesAnyMethod(type, RateLimited.class);
  }

  @Override
  public GuardPlan plan(WovenType type, ValidationReport report) {
    Map<ExecutableElement, RateLimitBucket> buckets = new LinkedHashMap<>();
    Map<ExecutableElement, String> costs = new LinkedHashMap<>();
    Optional<AnnotationOn<RateLimited>> onClass = AnnotationOn.find(type.element(), RateLimited.class);
    RateLimitBucket.Limit classLimit = onClass.map(annotation -> limit(annotation, report)).orElse(null);
    OverloadNames names = new OverloadNames();
    // the class's bucket first, so that it keeps its name whatever the methods are called
    RateLimitBucket shared = classLimit == null ? null : RateLimitBucket.forClass(type, classLimit);

    List<ExecutableElement> classLimited = onClass.isEmpty() ? List.of() : type.publicInstanceMethods();
    for (ExecutableElement method : type.visibleMethods()) {
      Optional<AnnotationOn<RateLimited>> onMethod = context.marks().find(type.element(), method, RateLimited.class);
      if (onMethod.isPresent()) {
        RateLimitBucket.Limit limit = limit(onMethod.get(), report);
        boolean overridable = WovenChecks.checkOverridable(type, method, onMethod.get(), report);
        Optional<VariableElement> key = key(type, method, report);
        Optional<VariableElement> cost = cost(type, method, limit, report);
        if (overridable && limit != null) {
          buckets.put(method, RateLimitBucket.forMethod(type, method, names.next(method), limit, key, true));
          cost.ifPresent(parameter -> costs.put(method, parameter.getSimpleName().toString()));
        }
      } else if (!type.declares(method)) {
        continue; // stray keys on an inherited method are its own class's error
      } else if (onClass.isEmpty()) {
        keys(method).stream().findFirst().ifPresent(key -> report.add(
            Problems.rateLimitKeyWithoutLimit(TypeChecks.describe(method)), AnnotationOn.get(key, RateLimited.Key.class)));
        reportStrayCost(method, report);
      } else if (!classLimited.contains(method)) { // the class's limit is only on public instance methods
        keys(method).stream().findFirst().ifPresent(key -> report.add(
            Problems.rateLimitKeyOutsideClassLimit(TypeChecks.describe(method), type.simpleName(), method.getModifiers()),
            AnnotationOn.get(key, RateLimited.Key.class)));
        reportStrayCost(method, report);
      }
    }
    if (onClass.isPresent()) {
      for (ExecutableElement method : classLimited) {
        if (buckets.containsKey(method) || context.marks().isMarked(type.element(), method, RateLimited.class)) {
          continue; // a method's own annotation wins
        }
        boolean overridable = WovenChecks.checkClassLevelOverridable(type, method, onClass.get(),
            "put @RateLimited on the methods that need it instead of the class", report);
        Optional<VariableElement> key = key(type, method, report);
        Optional<VariableElement> cost = cost(type, method, classLimit, report);
        if (overridable && shared != null) {
          buckets.put(method, key.isPresent()
              ? RateLimitBucket.forMethod(type, method, names.next(method), classLimit, key, false)
              : shared);
          cost.ifPresent(parameter -> costs.put(method, parameter.getSimpleName().toString()));
        }
      }
    }
    ActorPermits actorPermits = ActorPermits.plan(type, buckets);
    context.offerPermits(type.generatedName(), actorPermits.offered());
    return new RateLimitPlan(buckets, costs, actorPermits);
  }

  /** The annotation's limit, or {@code null} after reporting why it is invalid. */
  private static RateLimitBucket.Limit limit(AnnotationOn<RateLimited> annotation, ValidationReport report) {
    RateLimited values = annotation.values();
    boolean fail = switch (values.onLimit()) {
      case WAIT -> false;
      case FAIL -> true;
    };
    boolean ok = true;
    if (values.value() <= 0) {
      report.add(Problems.rateLimitValueNotPositive(values.value()), annotation, RateLimited::value);
      ok = false;
    }
    if (values.period() <= 0) {
      report.add(Problems.rateLimitPeriodNotPositive(values.period()), annotation, RateLimited::period);
      ok = false;
    }
    if (values.burst() < 0) {
      report.add(Problems.rateLimitBurst(values.burst()), annotation, RateLimited::burst);
      ok = false;
    }
    if (annotation.isWritten(RateLimited::maxWait)) {
      if (fail) {
        report.add(Problems.rateLimitMaxWaitWithFail(), annotation, RateLimited::maxWait);
        ok = false;
      } else if (values.maxWait() < 0) {
        report.add(Problems.rateLimitMaxWaitNegative(values.maxWait()), annotation, RateLimited::maxWait);
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    RateLimitBucket.Limit limit = new RateLimitBucket.Limit(values.value(), values.period(), values.unit(),
        values.burst(), fail, values.maxWait(), values.maxWaitUnit(), values.name());
    if (refillNanos(limit).compareTo(BigInteger.valueOf(RateLimited.MAX_REFILL_NANOS)) > 0) {
      report.add(Problems.rateLimitRefillTooLong(limit.value(), limit.period(), limit.unit(), limit.effectiveBurst()),
          annotation);
      return null;
    }
    return limit;
  }

  /**
   * How long a full bucket takes to refill, as the runtime's {@code RateLimit} works it out: the
   * interval between permits rounded up to whole nanoseconds, times the burst.
   */
  private static BigInteger refillNanos(RateLimitBucket.Limit limit) {
    BigInteger periodNanos = BigInteger.valueOf(limit.period()).multiply(BigInteger.valueOf(limit.unit().toNanos(1)));
    BigInteger[] interval = periodNanos.divideAndRemainder(BigInteger.valueOf(limit.value()));
    BigInteger roundedUp = interval[1].signum() == 0 ? interval[0] : interval[0].add(BigInteger.ONE);
    return roundedUp.multiply(BigInteger.valueOf(limit.effectiveBurst()));
  }


  /**
   * {@code method}'s {@code @RateLimited.Key} parameter, its own or, with an inherited mark, at the
   * position the method it overrides marks.
   */
  private Optional<VariableElement> key(WovenType type, ExecutableElement method, ValidationReport report) {
    return context.marks().carrier(type.element(), method, RateLimited.class)
        .flatMap(carrier -> singleKey(carrier, report))
        .map(key -> Marks.counterpart(method, key));
  }

  private static Optional<VariableElement> singleKey(ExecutableElement method, ValidationReport report) {
    List<VariableElement> keys = keys(method);
    for (VariableElement extra : keys.subList(Math.min(1, keys.size()), keys.size())) {
      report.add(Problems.rateLimitKeyTwice(TypeChecks.describe(method)), AnnotationOn.get(extra, RateLimited.Key.class));
    }
    return keys.stream().findFirst();
  }

  /**
   * {@code method}'s {@code @RateLimited.Cost} parameter, its own or, with an inherited mark, at
   * the position the method it overrides marks; reported if it is not an {@code int} or sits on a
   * message that an actor's waiting limit reserves one permit for.
   */
  private Optional<VariableElement> cost(
      WovenType type, ExecutableElement method, RateLimitBucket.Limit limit, ValidationReport report) {
    Optional<ExecutableElement> carrier = context.marks().carrier(type.element(), method, RateLimited.class);
    Optional<VariableElement> marked = carrier.flatMap(m -> {
      List<VariableElement> costs = costs(m);
      for (VariableElement extra : costs.subList(Math.min(1, costs.size()), costs.size())) {
        report.add(Problems.rateLimitCostTwice(TypeChecks.describe(m)), AnnotationOn.get(extra, RateLimited.Cost.class));
      }
      return costs.stream().findFirst();
    });
    if (marked.isEmpty()) {
      return Optional.empty();
    }
    VariableElement written = marked.get();
    AnnotationOn<RateLimited.Cost> annotation = AnnotationOn.get(written, RateLimited.Cost.class);
    if (written.asType().getKind() != TypeKind.INT) {
      report.add(Problems.rateLimitCostNotInt(TypeChecks.describe(carrier.get()), TypeChecks.shortName(written.asType())),
          annotation);
      return Optional.empty();
    }
    if (limit != null && !limit.fail() && AnnotationMirrors.isAnnotated(type.element(), Actor.class)) {
      report.add(Problems.rateLimitCostOnWaitingActor(TypeChecks.describe(method)), annotation);
      return Optional.empty();
    }
    return Optional.of(Marks.counterpart(method, written));
  }

  private static void reportStrayCost(ExecutableElement method, ValidationReport report) {
    costs(method).stream().findFirst().ifPresent(cost -> report.add(
        Problems.rateLimitCostWithoutLimit(TypeChecks.describe(method)), AnnotationOn.get(cost, RateLimited.Cost.class)));
  }

  private static List<VariableElement> costs(ExecutableElement method) {
    return AnnotationMirrors.parametersAnnotated(method, RateLimited.Cost.class);
  }

  private static List<VariableElement> keys(ExecutableElement method) {
    return AnnotationMirrors.parametersAnnotated(method, RateLimited.Key.class);
  }
}
