package dev.shuttle.processor.phased;

import com.palantir.javapoet.ClassName;
import dev.shuttle.AfterPhase;
import dev.shuttle.Phase;
import dev.shuttle.Phased;
import dev.shuttle.processor.AnnotationOn;
import dev.shuttle.processor.FileNameLimit;
import dev.shuttle.processor.Problems;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.SignatureAccess;
import dev.shuttle.processor.TypeChecks;
import dev.shuttle.processor.ValidationReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/** Checks a {@code @Phased} class and turns it into a {@link PhasedModel}. */
final class PhasedValidator {
  private final ProcessorContext context;

  PhasedValidator(ProcessorContext context) {
    this.context = context;
  }

  /** The model; when the report has errors, it is only good for more checks. */
  PhasedModel validate(TypeElement type, AnnotationOn<Phased> phased, ClassName generated, ValidationReport report) {
    int parties = phased.values().parties();
    if (parties < 0) {
      report.add(Problems.phasedPartiesNegative(parties), phased, Phased::parties);
    } else if (parties > Phased.MAX_PARTIES) {
      report.add(Problems.phasedPartiesTooLarge(parties), phased, Phased::parties);
    }
    FileNameLimit.forClass(Phased.class, type, generated.nestedClass(PhasedModel.PARTIES_CLASS))
        .ifPresent(problem -> report.add(problem, phased));
    List<PhasedModel.Phase> phases = phases(type, phased, report);
    Optional<ExecutableElement> afterPhase = afterPhase(type, report);
    Optional<ExecutableElement> until = until(type, phased, report);
    PhasedModel model = new PhasedModel(type, generated, parties, phases, afterPhase, until);
    for (ExecutableElement method : model.methods()) { // the generated class declares what they throw
      SignatureAccess.check(context, type, method, generated, false,
          problem -> report.add(problem, method.getEnclosingElement().equals(type) ? method : type));
    }
    return model;
  }

  /** The {@code @Phase} methods in phase order, each number once. */
  private List<PhasedModel.Phase> phases(TypeElement type, AnnotationOn<Phased> phased, ValidationReport report) {
    Map<Integer, List<AnnotationOn<Phase>>> byNumber = new LinkedHashMap<>();
    for (ExecutableElement method : context.marks().declaredMethodsMarked(type, Phase.class)) {
      AnnotationOn<Phase> phase = context.marks().get(method, Phase.class);
      byNumber.computeIfAbsent(phase.values().value(), n -> new ArrayList<>()).add(phase);
      if (!method.getTypeParameters().isEmpty()) {
        report.add(Problems.mustNotDeclareTypeParameters("@Phase method", TypeChecks.describe(method),
            TypeChecks.typeParameters(method)), phase);
      } else if (!isPhaseMethod(method)) {
        report.add(Problems.phaseSignature(TypeChecks.describe(method)), phase);
      }
    }
    if (byNumber.isEmpty()) {
      report.add(Problems.phasedNoPhases(type.getSimpleName().toString()), phased);
    }
    List<PhasedModel.Phase> phases = new ArrayList<>();
    byNumber.forEach((number, numbered) -> {
      List<String> methods = numbered.stream().map(phase -> TypeChecks.describe(method(phase))).toList();
      for (AnnotationOn<Phase> extra : numbered.subList(1, numbered.size())) {
        report.add(Problems.phaseDuplicate(number, methods), extra, Phase::value);
      }
      ExecutableElement method = method(numbered.get(0));
      phases.add(new PhasedModel.Phase(number, method, method.getParameters().size() == 1));
    });
    phases.sort(Comparator.comparingInt(PhasedModel.Phase::number));
    return phases;
  }

  private static ExecutableElement method(AnnotationOn<Phase> phase) {
    return (ExecutableElement) phase.element();
  }

  /** Non-private instance method returning void, taking nothing or the party's {@code int}. */
  private static boolean isPhaseMethod(ExecutableElement method) {
    return isCallable(method) && method.getReturnType().getKind() == TypeKind.VOID
        && (method.getParameters().isEmpty() || takesOneInt(method));
  }

  private Optional<ExecutableElement> afterPhase(TypeElement type, ValidationReport report) {
    List<ExecutableElement> actions = context.marks().declaredMethodsMarked(type, AfterPhase.class);
    List<String> names = actions.stream().map(TypeChecks::describe).toList();
    for (ExecutableElement action : actions) {
      AnnotationOn<AfterPhase> annotation = context.marks().get(action, AfterPhase.class);
      if (actions.indexOf(action) > 0) {
        report.add(Problems.afterPhaseDuplicate(type.getSimpleName().toString(), names), annotation);
      }
      if (!action.getTypeParameters().isEmpty()) {
        report.add(Problems.mustNotDeclareTypeParameters("@AfterPhase method", TypeChecks.describe(action),
            TypeChecks.typeParameters(action)), annotation);
      } else if (!isCallable(action) || action.getReturnType().getKind() != TypeKind.VOID || !takesOneInt(action)) {
        report.add(Problems.afterPhaseSignature(TypeChecks.describe(action)), annotation);
      }
    }
    return actions.stream().findFirst();
  }

  private Optional<ExecutableElement> until(TypeElement type, AnnotationOn<Phased> phased, ValidationReport report) {
    String until = phased.values().until();
    if (until.isEmpty()) {
      return Optional.empty();
    }
    List<ExecutableElement> methods = TypeChecks.visibleMethods(context, type);
    List<ExecutableElement> named = methods.stream().filter(m -> m.getSimpleName().contentEquals(until)).toList();
    if (named.isEmpty()) {
      report.add(Problems.phasedUntilMissing(until, type.getSimpleName().toString(), TypeChecks.simpleNames(methods)),
          phased, Phased::until);
      return Optional.empty();
    }
    Optional<ExecutableElement> condition = named.stream()
        .filter(m -> isCallable(m) && m.getParameters().isEmpty() && m.getReturnType().getKind() == TypeKind.BOOLEAN)
        .findFirst();
    Optional<ExecutableElement> generic = named.stream().filter(m -> !m.getTypeParameters().isEmpty()).findFirst();
    if (condition.isEmpty() && generic.isPresent()) {
      report.add(Problems.mustNotDeclareTypeParameters("@Phased(until = \"" + until + "\"):",
          TypeChecks.describe(generic.get()), TypeChecks.typeParameters(generic.get())), phased, Phased::until);
    } else if (condition.isEmpty()) {
      report.add(Problems.phasedUntilSignature(until, named.stream().map(TypeChecks::describe).toList()), phased,
          Phased::until);
    }
    return condition;
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
