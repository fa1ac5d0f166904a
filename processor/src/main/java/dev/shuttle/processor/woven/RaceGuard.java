package dev.shuttle.processor.woven;

import static dev.shuttle.processor.AnnotationMirrors.explicitValue;
import static dev.shuttle.processor.GeneratedNames.constantCase;

import dev.shuttle.processor.AnnotationMirrors;
import dev.shuttle.processor.Messages;
import dev.shuttle.processor.TypeChecks;
import dev.shuttle.processor.ValidationReport;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** {@code @Race}: validates each race (its method, sources, timing and pool) and plans its implementation. */
final class RaceGuard implements Guard {
  static final String RACE = "dev.shuttle.Race";

  private final PoolPlanner pools;

  RaceGuard(PoolPlanner pools) {
    this.pools = pools;
  }

  @Override
  public String displayName() {
    return "@Race";
  }

  @Override
  public GuardOrder order() {
    return GuardOrder.WHERE;
  }

  @Override
  public Set<String> annotations() {
    return Set.of(RACE);
  }

  @Override
  public boolean appliesTo(TypeElement type) {
    return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .anyMatch(method -> AnnotationMirrors.isAnnotated(method, RACE));
  }

  @Override
  public GuardPlan plan(WovenType type, ValidationReport report) {
    ClassPools classPools = pools.pools(type, report);
    RaceSources sources = new RaceSources(type);
    Set<ExecutableElement> raced = new LinkedHashSet<>();
    Map<ExecutableElement, RaceCall> calls = new LinkedHashMap<>();
    Set<String> constants = new HashSet<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.element().getEnclosedElements())) {
      AnnotationMirror race = AnnotationMirrors.find(method, RACE).orElse(null);
      if (race == null) {
        continue;
      }
      raced.add(method);
      boolean ok = true;
      if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
        report.error(Messages.raceNotAbstract(TypeChecks.describe(method), type.generatedName().simpleName()), method);
        ok = false;
      }
      TypeMirror valueType = valueType(method);
      if (valueType == null) {
        report.error(Messages.raceReturnType(TypeChecks.describe(method), TypeChecks.shortName(method.getReturnType())),
            method);
        ok = false;
      }
      ok &= checkTiming(type, method, race, report);
      List<RaceCall.Source> named = valueType == null ? null : sources.resolve(method, race, valueType, report);
      PoolRef pool = classPools.resolve(method, race, "@Race", report);
      if (ok && named != null && pool != null) {
        Elements elements = type.context().elements();
        calls.put(method, new RaceCall(
            WovenNames.unique(constants, constantCase(method.getSimpleName().toString())) + "_RACE",
            type.simpleName() + "." + method.getSimpleName(),
            pool,
            valueType,
            named,
            AnnotationMirrors.longValue(elements, race, "hedgeAfter"),
            AnnotationMirrors.longValue(elements, race, "timeout"),
            AnnotationMirrors.enumValue(elements, race, "unit")));
      }
    }
    return new RacePlan(raced, calls, classPools);
  }

  /** The {@code T} of {@code CompletableFuture<T>} or {@code CompletionStage<T>}; {@code null} for anything else. */
  private static TypeMirror valueType(ExecutableElement method) {
    if (!new WovenMethod(method).returnsStage()) {
      return null;
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) method.getReturnType()).getTypeArguments();
    return arguments.size() == 1 && arguments.get(0).getKind() != TypeKind.WILDCARD ? arguments.get(0) : null;
  }

  private static boolean checkTiming(WovenType type, ExecutableElement method, AnnotationMirror race,
      ValidationReport report) {
    Elements elements = type.context().elements();
    long hedgeAfter = AnnotationMirrors.longValue(elements, race, "hedgeAfter");
    long timeout = AnnotationMirrors.longValue(elements, race, "timeout");
    boolean ok = true;
    for (String member : List.of("hedgeAfter", "timeout")) {
      long value = AnnotationMirrors.longValue(elements, race, member);
      if (value < 0) {
        report.error(Messages.raceNegative(member, value), method, race, explicitValue(race, member));
        ok = false;
      }
    }
    if (ok && hedgeAfter > 0 && timeout > 0 && hedgeAfter >= timeout) {
      report.error(Messages.raceHedgeNotBeforeTimeout(hedgeAfter, timeout), method, race,
          explicitValue(race, "hedgeAfter"));
      ok = false;
    }
    return ok;
  }
}
