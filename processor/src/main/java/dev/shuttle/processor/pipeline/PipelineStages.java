package dev.shuttle.processor.pipeline;

import com.palantir.javapoet.ClassName;
import dev.shuttle.Pipeline;
import dev.shuttle.Stage;
import dev.shuttle.processor.AnnotationOn;
import dev.shuttle.processor.FileNameLimit;
import dev.shuttle.processor.GeneratedNames;
import dev.shuttle.processor.Identifiers;
import dev.shuttle.processor.Problems;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.TypeChecks;
import dev.shuttle.processor.ValidationReport;
import dev.shuttle.processor.pipeline.PipelineModel.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Checks each {@code @Stage} method and the chain they form (each stage accepts what the one
 * before passes on), and decides each stage's names, types and sizes.
 */
final class PipelineStages {
  private final ProcessorContext context;

  PipelineStages(ProcessorContext context) {
    this.context = context;
  }

  /**
   * The stages in order; when the report has errors, the models are only good for more checks.
   *
   * @param names allocates each stage's class and field, apart from each other and the user's names
   */
  List<PipelineModel.Stage> of(List<ExecutableElement> methods, int pipelineBound, ClassName generated,
      Identifiers names, ValidationReport report) {
    List<String> suffixes = GeneratedNames.overloadSuffixes(methods);
    List<PipelineModel.Stage> stages = new ArrayList<>();
    ExecutableElement previous = null;
    TypeMirror previousPassed = null;
    for (int i = 0; i < methods.size(); i++) {
      ExecutableElement method = methods.get(i);
      AnnotationOn<Stage> stage = context.marks().get(method, Stage.class);
      checkSignature(method, stage, generated, report);
      Output output = output(method, stage, report);
      TypeMirror passed = passedType(method.getReturnType(), output);
      TypeMirror input = method.getParameters().size() == 1 ? boxed(method.getParameters().get(0).asType()) : null;
      if (previousPassed != null && input != null && !TypeChecks.isAssignable(context, previousPassed, input, method)) {
        VariableElement parameter = method.getParameters().get(0);
        report.add(Problems.stageTypeMismatch(TypeChecks.describe(method), TypeChecks.shortName(parameter.asType()),
            TypeChecks.describe(previous), TypeChecks.shortName(previousPassed)), parameter);
      }
      if (output == Output.NONE && i + 1 < methods.size()) {
        report.add(Problems.stageVoidNotLast(TypeChecks.describe(method), TypeChecks.describe(methods.get(i + 1))),
            stage);
      }
      int workers = workers(method, stage, report);
      String name = method.getSimpleName() + suffixes.get(i);
      String className = names.newName(GeneratedNames.capitalize(name) + "Stage");
      FileNameLimit.forMethod((TypeElement) method.getEnclosingElement(), method, generated.nestedClass(className))
          .ifPresent(problem -> report.add(problem, stage));
      stages.add(new PipelineModel.Stage(
          method,
          className,
          names.newName(name + "Stage"),
          input == null ? ClassName.OBJECT : context.typeNames().get(input, method),
          output,
          passed == null ? null : context.typeNames().get(passed, method),
          workers,
          bound(method, stage, pipelineBound, report),
          stage.values().virtual(),
          stage.isWritten(Stage::bound)));
      previous = method;
      previousPassed = passed;
    }
    return stages;
  }

  private static void checkSignature(ExecutableElement method, AnnotationOn<Stage> stage, ClassName generated,
      ValidationReport report) {
    String described = TypeChecks.describe(method);
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      report.add(Problems.stagePrivate(described, generated.simpleName()), stage);
    }
    if (method.getModifiers().contains(Modifier.STATIC)) {
      report.add(Problems.stageStatic(described, generated.simpleName()), stage);
    }
    if (!method.getTypeParameters().isEmpty()) {
      report.add(Problems.stageGeneric(described), stage);
    }
    if (method.getParameters().size() != 1) {
      report.add(Problems.stageParameterCount(described, method.getParameters().size()), stage);
    }
  }

  private Output output(ExecutableElement method, AnnotationOn<Stage> stage, ValidationReport report) {
    TypeMirror returned = method.getReturnType();
    if (stage.values().expand()) {
      if (TypeChecks.typeArgumentOf(context, returned, Iterable.class) == null) {
        report.add(Problems.stageExpandNotIterable(TypeChecks.describe(method), TypeChecks.shortName(returned)),
            stage, Stage::expand);
      }
      return Output.EXPAND;
    }
    if (returned.getKind() == TypeKind.VOID) {
      return Output.NONE;
    }
    return isOptional(returned) ? Output.OPTIONAL : Output.VALUE;
  }

  /** What the stage passes on, boxed; {@code null} when it passes nothing on (or expands a non-Iterable). */
  private TypeMirror passedType(TypeMirror returned, Output output) {
    return switch (output) {
      case NONE -> null;
      case VALUE -> boxed(returned);
      case OPTIONAL -> TypeChecks.typeArgumentOf(context, returned, Optional.class);
      case EXPAND -> TypeChecks.typeArgumentOf(context, returned, Iterable.class);
    };
  }

  private boolean isOptional(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && context.types().isSameType(context.types().erasure(type),
            context.types().erasure(context.elements().getTypeElement(Optional.class.getCanonicalName()).asType()));
  }

  private static int workers(ExecutableElement method, AnnotationOn<Stage> stage, ValidationReport report) {
    int workers = stage.values().workers();
    if (workers < 1) {
      report.add(Problems.stageWorkersTooSmall(TypeChecks.describe(method), workers), stage, Stage::workers);
      return 1;
    }
    if (workers > Stage.MAX_WORKERS) {
      report.add(Problems.stageWorkersTooLarge(TypeChecks.describe(method), workers), stage, Stage::workers);
      return 1;
    }
    return workers;
  }

  /** The stage's own bound if it gives one, else the pipeline's. */
  private static int bound(
      ExecutableElement method, AnnotationOn<Stage> stage, int pipelineBound, ValidationReport report) {
    if (!stage.isWritten(Stage::bound)) {
      return pipelineBound;
    }
    int bound = stage.values().bound();
    if (bound < 1) {
      report.add(Problems.stageBoundTooSmall(TypeChecks.describe(method), bound), stage, Stage::bound);
      return pipelineBound;
    }
    if (bound > Pipeline.MAX_BOUND) {
      report.add(Problems.stageBoundTooLarge(TypeChecks.describe(method), bound), stage, Stage::bound);
      return pipelineBound;
    }
    return bound;
  }

  private TypeMirror boxed(TypeMirror type) {
    return TypeChecks.boxed(context, type);
  }
}
