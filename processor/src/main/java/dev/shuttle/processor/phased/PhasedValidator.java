package dev.shuttle.processor.phased;

import static dev.shuttle.processor.AnnotationMirrors.explicitValue;

import com.palantir.javapoet.ClassName;
import dev.shuttle.processor.AnnotationMirrors;
import dev.shuttle.processor.GeneratedNames;
import dev.shuttle.processor.Messages;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.TypeChecks;
import dev.shuttle.processor.ValidationReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/** Checks a {@code @Phased} class and turns it into a {@link PhasedModel}. */
final class PhasedValidator {
  private final ProcessorContext context;

  PhasedValidator(ProcessorContext context) {
    this.context = context;
  }

  /** The model, or {@code null} when the type cannot be phased (the report says why). */
  PhasedModel validate(TypeElement type, ValidationReport report) {
    Optional<AnnotationMirror> found = AnnotationMirrors.find(type, PhasedStep.PHASED);
    if (found.isEmpty()) {
      reportOutsidePhased(type, report);
      return null;
    }
    AnnotationMirror phased = found.get();
    ClassName generated = GeneratedNames.generatedName(type, "", "Phases");
    String name = type.getSimpleName().toString();
    if (type.getKind() != ElementKind.CLASS) {
      report.error(Messages.notAClass("@Phased", type.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' '),
          name), type, phased);
      return null;
    }
    if (TypeChecks.isPrivateOrInPrivate(type)) {
      report.error(Messages.mustNotBePrivate("@Phased", name, generated.simpleName()), type, phased);
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.error(Messages.genericNotSupported("@Phased", name), type, phased);
    }
    if (TypeChecks.isNameTaken(context, generated)) {
      report.error(Messages.generatedNameTaken("@Phased", name, generated.simpleName()), type, phased);
    }
    int parties = AnnotationMirrors.intValue(context.elements(), phased, "parties");
    if (parties < 0) {
      report.error(Messages.phasedPartiesNegative(parties), type, phased, explicitValue(phased, "parties"));
    }
    List<PhasedModel.Phase> phases = phases(type, phased, report);
    Optional<ExecutableElement> afterPhase = afterPhase(type, report);
    Optional<ExecutableElement> until = until(type, phased, report);
    return new PhasedModel(type, generated, parties, phases, afterPhase, until);
  }

  /** The {@code @Phase} methods in phase order, each number once. */
  private List<PhasedModel.Phase> phases(TypeElement type, AnnotationMirror phased, ValidationReport report) {
    Map<Integer, List<ExecutableElement>> byNumber = new LinkedHashMap<>();
    for (ExecutableElement method : annotated(type, PhasedStep.PHASE)) {
      AnnotationMirror phase = AnnotationMirrors.find(method, PhasedStep.PHASE).orElseThrow();
      int number = AnnotationMirrors.intValue(context.elements(), phase, "value");
      byNumber.computeIfAbsent(number, n -> new ArrayList<>()).add(method);
      if (!isPhaseMethod(method)) {
        report.error(Messages.phaseSignature(TypeChecks.describe(method)), method, phase);
      }
    }
    if (byNumber.isEmpty()) {
      report.error(Messages.phasedNoPhases(type.getSimpleName().toString()), type, phased);
    }
    List<PhasedModel.Phase> phases = new ArrayList<>();
    byNumber.forEach((number, methods) -> {
      for (ExecutableElement extra : methods.subList(1, methods.size())) {
        AnnotationMirror phase = AnnotationMirrors.find(extra, PhasedStep.PHASE).orElseThrow();
        report.error(Messages.phaseDuplicate(number, methods.stream().map(TypeChecks::describe).toList()), extra,
            phase, explicitValue(phase, "value"));
      }
      ExecutableElement method = methods.get(0);
      phases.add(new PhasedModel.Phase(number, method, method.getParameters().size() == 1));
    });
    phases.sort(Comparator.comparingInt(PhasedModel.Phase::number));
    return phases;
  }

  /** Non-private instance method returning void, taking nothing or the party's {@code int}. */
  private static boolean isPhaseMethod(ExecutableElement method) {
    return isCallable(method) && method.getReturnType().getKind() == TypeKind.VOID
        && (method.getParameters().isEmpty() || takesOneInt(method));
  }

  private Optional<ExecutableElement> afterPhase(TypeElement type, ValidationReport report) {
    List<ExecutableElement> actions = annotated(type, PhasedStep.AFTER_PHASE);
    for (ExecutableElement action : actions) {
      AnnotationMirror mirror = AnnotationMirrors.find(action, PhasedStep.AFTER_PHASE).orElseThrow();
      if (actions.indexOf(action) > 0) {
        report.error(Messages.afterPhaseDuplicate(type.getSimpleName().toString(),
            actions.stream().map(TypeChecks::describe).toList()), action, mirror);
      }
      if (!isCallable(action) || action.getReturnType().getKind() != TypeKind.VOID || !takesOneInt(action)) {
        report.error(Messages.afterPhaseSignature(TypeChecks.describe(action)), action, mirror);
      }
    }
    return actions.stream().findFirst();
  }

  private Optional<ExecutableElement> until(TypeElement type, AnnotationMirror phased, ValidationReport report) {
    String until = AnnotationMirrors.stringValue(context.elements(), phased, "until");
    if (until.isEmpty()) {
      return Optional.empty();
    }
    List<ExecutableElement> named = TypeChecks.visibleMethods(context, type).stream()
        .filter(m -> m.getSimpleName().contentEquals(until))
        .toList();
    if (named.isEmpty()) {
      report.error(Messages.phasedUntilMissing(until, type.getSimpleName().toString()), type, phased,
          explicitValue(phased, "until"));
      return Optional.empty();
    }
    Optional<ExecutableElement> condition = named.stream()
        .filter(m -> isCallable(m) && m.getParameters().isEmpty() && m.getReturnType().getKind() == TypeKind.BOOLEAN)
        .findFirst();
    if (condition.isEmpty()) {
      report.error(Messages.phasedUntilSignature(until, named.stream().map(TypeChecks::describe).toList()), type,
          phased, explicitValue(phased, "until"));
    }
    return condition;
  }

  /** {@code @Phase} or {@code @AfterPhase} in a class without {@code @Phased}. */
  private static void reportOutsidePhased(TypeElement type, ValidationReport report) {
    for (String annotation : List.of(PhasedStep.PHASE, PhasedStep.AFTER_PHASE)) {
      String shown = "@" + annotation.substring(annotation.lastIndexOf('.') + 1);
      for (ExecutableElement method : annotated(type, annotation)) {
        report.error(Messages.phaseOutsidePhased(shown, TypeChecks.describe(method), type.getSimpleName().toString()),
            method, AnnotationMirrors.find(method, annotation).orElseThrow());
      }
    }
  }

  private static List<ExecutableElement> annotated(TypeElement type, String annotation) {
    return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .filter(m -> AnnotationMirrors.isAnnotated(m, annotation))
        .toList();
  }

  /** What the generated class, in the same package, can call on an instance. */
  private static boolean isCallable(ExecutableElement method) {
    return !method.getModifiers().contains(Modifier.PRIVATE) && !method.getModifiers().contains(Modifier.STATIC)
        && method.getTypeParameters().isEmpty();
  }

  private static boolean takesOneInt(ExecutableElement method) {
    return method.getParameters().size() == 1 && method.getParameters().get(0).asType().getKind() == TypeKind.INT;
  }
}
