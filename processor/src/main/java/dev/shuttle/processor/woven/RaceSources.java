package dev.shuttle.processor.woven;

import dev.shuttle.Race;
import dev.shuttle.processor.AnnotationMirrors;
import dev.shuttle.processor.AnnotationOn;
import dev.shuttle.processor.Problems;
import dev.shuttle.processor.TypeChecks;
import dev.shuttle.processor.ValidationReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Types;

/**
 * Finds the methods a {@code @Race} names and checks each can stand in for the race: it exists,
 * takes the race's parameters, is callable from the woven class, and returns the race's value
 * type or a stage of it. Each error points at the name in the annotation.
 */
final class RaceSources {
  private final WovenType type;
  private final Types types;

  RaceSources(WovenType type) {
    this.type = type;
    this.types = type.context().types();
  }

  /** The sources of {@code race}, in the order named; {@code null} after reporting what is wrong. */
  List<RaceCall.Source> resolve(AnnotationOn<Race> on, TypeMirror valueType, ValidationReport report) {
    ExecutableElement race = (ExecutableElement) on.element();
    String[] names = on.values().value();
    List<? extends AnnotationValue> written = AnnotationMirrors.elements(on.written(Race::value));
    boolean ok = true;
    if (names.length < 2) {
      report.add(Problems.raceTooFewSources(TypeChecks.describe(race), names.length), on, Race::value);
      ok = false;
    }
    Set<String> seen = new HashSet<>();
    List<RaceCall.Source> sources = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      AnnotationValue entry = written.get(i);
      if (!seen.add(name)) {
        report.add(Problems.raceSourceTwice(TypeChecks.describe(race), name), on, entry);
        ok = false;
        continue;
      }
      RaceCall.Source source = resolveOne(race, name, valueType, on, entry, report);
      if (source == null) {
        ok = false;
      } else {
        sources.add(source);
      }
    }
    return ok ? sources : null;
  }

  private RaceCall.Source resolveOne(ExecutableElement race, String name, TypeMirror valueType,
      AnnotationOn<Race> on, AnnotationValue entry, ValidationReport report) {
    List<ExecutableElement> named = type.visibleMethods().stream()
        .filter(m -> m.getSimpleName().contentEquals(name))
        .toList();
    if (named.isEmpty()) {
      report.add(Problems.raceSourceMissing(TypeChecks.describe(race), name, type.simpleName(),
          TypeChecks.simpleNames(type.visibleMethods())), on, entry);
      return null;
    }
    ExecutableType raceType = type.signature(race);
    ExecutableElement source = named.stream().filter(m -> sameParameters(type.signature(m), raceType)).findFirst().orElse(null);
    if (source == null) {
      report.add(Problems.raceSourceParameters(TypeChecks.describe(race), name,
          named.stream().map(TypeChecks::describe).toList(), parameterList(raceType)), on, entry);
      return null;
    }
    if (source.equals(race)) {
      report.add(Problems.raceSourceItself(TypeChecks.describe(race)), on, entry);
      return null;
    }
    if (source.getModifiers().contains(Modifier.PRIVATE)) {
      report.add(Problems.raceSourcePrivate(TypeChecks.describe(source), type.generatedName().simpleName()),
          on, entry);
      return null;
    }
    TypeMirror returned = type.signature(source).getReturnType();
    Boolean staged = staged(returned, valueType);
    if (staged == null) {
      report.add(Problems.raceSourceReturnType(TypeChecks.describe(source), TypeChecks.shortName(returned),
          TypeChecks.describe(race), TypeChecks.shortName(valueType)), on, entry);
      return null;
    }
    return new RaceCall.Source(name, staged);
  }

  /**
   * {@code true} for a {@code CompletionStage<? extends T>}, {@code false} for a {@code T} (a
   * {@code CompletableFuture<X>} is one where {@code T} is that future), {@code null} for neither.
   * The stage's value is compared, not the stage: javac calls {@code CompletableFuture<FooActor>}
   * a {@code CompletionStage<? extends CompletableFuture<FooActor>>} while {@code FooActor} is not
   * generated yet.
   */
  private Boolean staged(TypeMirror returned, TypeMirror valueType) {
    if (returned.getKind() == TypeKind.VOID) {
      return null;
    }
    TypeMirror stage = returned instanceof TypeVariable variable ? variable.getUpperBound() : returned;
    TypeMirror stageValue = TypeChecks.typeArgumentOf(type.context(), stage, CompletionStage.class);
    if (stageValue != null && TypeChecks.isAssignable(type.context(), stageValue, valueType, type.element())) {
      return Boolean.TRUE;
    }
    return TypeChecks.isAssignable(type.context(), returned, valueType, type.element()) ? Boolean.FALSE : null;
  }

  private boolean sameParameters(ExecutableType a, ExecutableType b) {
    List<? extends TypeMirror> left = a.getParameterTypes();
    List<? extends TypeMirror> right = b.getParameterTypes();
    if (left.size() != right.size()) {
      return false;
    }
    for (int i = 0; i < left.size(); i++) {
      if (!types.isSameType(left.get(i), right.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static String parameterList(ExecutableType method) {
    return String.join(", ", method.getParameterTypes().stream().map(TypeChecks::shortName).toList());
  }
}
