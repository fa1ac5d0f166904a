package dev.shuttle.processor.woven;

import dev.shuttle.processor.ProcessorContext;
import static dev.shuttle.processor.GeneratedNames.constantCase;

import dev.shuttle.Race;
import dev.shuttle.processor.AnnotationOn;
import dev.shuttle.processor.OverridePaths;
import dev.shuttle.processor.Problems;
import dev.shuttle.processor.TypeChecks;
import dev.shuttle.processor.ValidationReport;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** {@code @Race}: validates each race (its method, sources, timing and pool) and plans its implementation. */
final class RaceGuard implements Guard {
  private final ProcessorContext context;

  RaceGuard(ProcessorContext context) {
    this.context = context;
  }

  @Override
  public Class<? extends Annotation> pattern() {
    return Race.class;
  }

  @Override
  public GuardOrder order() {
    return GuardOrder.WHERE;
  }

  @Override
  public Set<Class<? extends Annotation>> annotations() {
    return Set.of(Race.class);
  }

  @Override
  public boolean appliesTo(TypeElement type) {
    return context.marks().reachesAnyMethod(type, Race.class);
  }

  @Override
  public GuardPlan plan(WovenType type, ValidationReport report) {
    RaceSources sources = new RaceSources(type);
    Set<ExecutableElement> raced = new LinkedHashSet<>();
    Map<ExecutableElement, RaceCall> calls = new LinkedHashMap<>();
    OverloadNames overloads = new OverloadNames();
    for (ExecutableElement method : context.marks().visibleMethodsMarked(type.element(), Race.class)) {
      AnnotationOn<Race> race = context.marks().find(type.element(), method, Race.class).orElseThrow();
      raced.add(method);
      boolean ok = true;
      if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
        report.add(Problems.raceNotAbstract(TypeChecks.describe(method), type.generatedName().simpleName()), method);
        ok = false;
      }
      TypeMirror valueType = valueType(method);
      if (valueType == null) {
        report.add(Problems.raceReturnType(TypeChecks.describe(method), TypeChecks.shortName(method.getReturnType())),
            method);
        ok = false;
      }
      ok &= checkTiming(race, report);
      List<RaceCall.Source> named = valueType == null ? null : sources.resolve(race, valueType, report);
      PoolRef pool = type.pools().resolve(race, Race::pool, report);
      if (ok && named != null && pool != null) {
        calls.put(method, new RaceCall(
            type.names().newName(constantCase(overloads.next(method)) + "_RACE"),
            type.simpleName() + "." + method.getSimpleName(),
            pool,
            type.typeName(valueType),
            named,
            race.values().hedgeAfter(),
            race.values().timeout(),
            race.values().unit(),
            OverridePaths.onMethod(type.element(), method, Race.class)));
      }
    }
    return new RacePlan(raced, calls, type.pools());
  }

  /** The {@code T} of {@code CompletableFuture<T>} or {@code CompletionStage<T>}; {@code null} for anything else. */
  private static TypeMirror valueType(ExecutableElement method) {
    if (!new WovenMethod(method).returnsStage()) {
      return null;
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) method.getReturnType()).getTypeArguments();
    return arguments.size() == 1 && arguments.get(0).getKind() != TypeKind.WILDCARD ? arguments.get(0) : null;
  }

  private static boolean checkTiming(AnnotationOn<Race> race, ValidationReport report) {
    long hedgeAfter = race.values().hedgeAfter();
    long timeout = race.values().timeout();
    boolean ok = true;
    if (hedgeAfter < 0) {
      report.add(Problems.raceHedgeAfterNegative(hedgeAfter), race, Race::hedgeAfter);
      ok = false;
    }
    if (timeout < 0) {
      report.add(Problems.raceTimeoutNegative(timeout), race, Race::timeout);
      ok = false;
    }
    if (ok && hedgeAfter > 0 && timeout > 0 && hedgeAfter >= timeout) {
      report.add(Problems.raceHedgeNotBeforeTimeout(hedgeAfter, timeout), race, Race::hedgeAfter);
      ok = false;
    }
    return ok;
  }
}
