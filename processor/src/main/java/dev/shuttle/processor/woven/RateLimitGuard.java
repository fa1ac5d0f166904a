package dev.shuttle.processor.woven;

import static dev.shuttle.processor.AnnotationMirrors.explicitValue;

import dev.shuttle.processor.AnnotationMirrors;
import dev.shuttle.processor.Messages;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.TypeChecks;
import dev.shuttle.processor.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/** {@code @RateLimited}: validates the limits and plans one bucket per method (or per class, or per name). */
final class RateLimitGuard implements Guard {
  static final String RATE_LIMITED = "dev.shuttle.RateLimited";
  static final String KEY = "dev.shuttle.RateLimited.Key";

  private final ProcessorContext context;

  RateLimitGuard(ProcessorContext context) {
    this.context = context;
  }

  @Override
  public String displayName() {
    return "@RateLimited";
  }

  @Override
  public GuardOrder order() {
    return GuardOrder.RATE;
  }

  @Override
  public Set<String> annotations() {
    return Set.of(RATE_LIMITED, KEY);
  }

  @Override
  public boolean appliesTo(TypeElement type) {
    if (AnnotationMirrors.isAnnotated(type, RATE_LIMITED)) {
      return true;
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (AnnotationMirrors.isAnnotated(method, RATE_LIMITED) || keyParameter(method).isPresent()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public GuardPlan plan(WovenType type, ValidationReport report) {
    Map<ExecutableElement, RateLimitBucket> buckets = new LinkedHashMap<>();
    Optional<AnnotationMirror> onClass = AnnotationMirrors.find(type.element(), RATE_LIMITED);
    RateLimitBucket.Limit classLimit = onClass.map(mirror -> limit(type.element(), mirror, report)).orElse(null);
    OverloadNames names = new OverloadNames();

    for (ExecutableElement method : ElementFilter.methodsIn(type.element().getEnclosedElements())) {
      Optional<AnnotationMirror> onMethod = AnnotationMirrors.find(method, RATE_LIMITED);
      if (onMethod.isPresent()) {
        RateLimitBucket.Limit limit = limit(method, onMethod.get(), report);
        boolean overridable = WovenChecks.checkOverridable(type, method, "@RateLimited", onMethod.get(), report);
        Optional<VariableElement> key = singleKey(method, report);
        if (overridable && limit != null) {
          buckets.put(method, RateLimitBucket.forMethod(type, method, names.next(method), limit, key));
        }
      } else if (onClass.isEmpty()) {
        keyParameter(method).ifPresent(key -> report.error(Messages.rateLimitKeyWithoutLimit(TypeChecks.describe(method)),
            key, AnnotationMirrors.find(key, KEY).orElseThrow()));
      }
    }
    if (onClass.isPresent()) {
      RateLimitBucket shared = classLimit == null ? null : RateLimitBucket.forClass(type, classLimit);
      for (ExecutableElement method : type.publicInstanceMethods()) {
        if (buckets.containsKey(method) || AnnotationMirrors.isAnnotated(method, RATE_LIMITED)) {
          continue; // a method's own annotation wins
        }
        boolean overridable = WovenChecks.checkClassLevelOverridable(type, method, "@RateLimited", onClass.get(),
            "put @RateLimited on the methods that need it instead of the class", report);
        Optional<VariableElement> key = singleKey(method, report);
        if (overridable && shared != null) {
          buckets.put(method, key.isPresent()
              ? RateLimitBucket.forMethod(type, method, names.next(method), classLimit, key)
              : shared);
        }
      }
    }
    return new RateLimitPlan(buckets);
  }

  /** The annotation's limit, or {@code null} after reporting why it is invalid. */
  private RateLimitBucket.Limit limit(Element annotated, AnnotationMirror mirror, ValidationReport report) {
    long value = AnnotationMirrors.longValue(context.elements(), mirror, "value");
    long period = AnnotationMirrors.longValue(context.elements(), mirror, "period");
    long burst = AnnotationMirrors.longValue(context.elements(), mirror, "burst");
    long maxWait = AnnotationMirrors.longValue(context.elements(), mirror, "maxWait");
    String onLimit = AnnotationMirrors.enumValue(context.elements(), mirror, "onLimit");
    boolean ok = true;
    if (value <= 0) {
      report.error(Messages.rateLimitNotPositive("value", value), annotated, mirror, explicitValue(mirror, "value"));
      ok = false;
    }
    if (period <= 0) {
      report.error(Messages.rateLimitNotPositive("period", period), annotated, mirror, explicitValue(mirror, "period"));
      ok = false;
    }
    if (burst < 0) {
      report.error(Messages.rateLimitBurst(burst), annotated, mirror, explicitValue(mirror, "burst"));
      ok = false;
    }
    if (explicitValue(mirror, "maxWait") != null) {
      if (onLimit.equals("FAIL")) {
        report.error(Messages.rateLimitMaxWaitWithFail(), annotated, mirror, explicitValue(mirror, "maxWait"));
        ok = false;
      } else if (maxWait < 0) {
        report.error(Messages.rateLimitMaxWaitNegative(maxWait), annotated, mirror, explicitValue(mirror, "maxWait"));
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    return new RateLimitBucket.Limit(value, period, AnnotationMirrors.enumValue(context.elements(), mirror, "unit"),
        burst, onLimit.equals("FAIL"), maxWait,
        AnnotationMirrors.enumValue(context.elements(), mirror, "maxWaitUnit"),
        AnnotationMirrors.stringValue(context.elements(), mirror, "name"));
  }

  private static Optional<VariableElement> singleKey(ExecutableElement method, ValidationReport report) {
    List<VariableElement> keys = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      if (AnnotationMirrors.isAnnotated(parameter, KEY)) {
        keys.add(parameter);
      }
    }
    for (VariableElement extra : keys.subList(Math.min(1, keys.size()), keys.size())) {
      report.error(Messages.rateLimitKeyTwice(TypeChecks.describe(method)), extra,
          AnnotationMirrors.find(extra, KEY).orElseThrow());
    }
    return keys.stream().findFirst();
  }

  private static Optional<VariableElement> keyParameter(ExecutableElement method) {
    return method.getParameters().stream()
        .filter(p -> AnnotationMirrors.isAnnotated(p, KEY))
        .map(p -> (VariableElement) p)
        .findFirst();
  }

}
