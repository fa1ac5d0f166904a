package dev.shuttle.processor.pipeline;

import static dev.shuttle.processor.RuntimeNames.PIPELINE_STAGE;

import com.palantir.javapoet.ClassName;
import dev.shuttle.OnError;
import dev.shuttle.Pipeline;
import dev.shuttle.Stage;
import dev.shuttle.processor.AnnotationOn;
import dev.shuttle.processor.Identifiers;
import dev.shuttle.processor.Problems;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.SignatureAccess;
import dev.shuttle.processor.TypeChecks;
import dev.shuttle.processor.ValidationReport;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/** Checks a {@code @Pipeline} class and its {@code @OnError} method; {@link PipelineStages} checks the stages. */
final class PipelineValidator {
  private final ProcessorContext context;
  private final PipelineStages stages;

  PipelineValidator(ProcessorContext context) {
    this.context = context;
    this.stages = new PipelineStages(context);
  }

  /** The model, or {@code null} when the class has no stage to build a pipeline of (the report says why). */
  PipelineModel validate(TypeElement type, AnnotationOn<Pipeline> pipeline, ClassName generated,
      ValidationReport report) {
    String name = type.getSimpleName().toString();
    int bound = pipeline.values().bound();
    if (bound < 1) {
      report.add(Problems.pipelineBoundTooSmall(bound), pipeline, Pipeline::bound);
    } else if (bound > Pipeline.MAX_BOUND) {
      report.add(Problems.pipelineBoundTooLarge(bound), pipeline, Pipeline::bound);
    }
    List<ExecutableElement> stageMethods = context.marks().declaredMethodsMarked(type, Stage.class);
    if (stageMethods.isEmpty()) {
      report.add(Problems.pipelineNoStages(name), pipeline);
      return null;
    }
    for (ExecutableElement stage : stageMethods) {
      SignatureAccess.check(context, type, stage, generated, false, problem -> report.add(problem, stage));
    }
    Identifiers names = Identifiers.inScopeOf(type, context, PIPELINE_STAGE);
    List<PipelineModel.Stage> stageModels = stages.of(stageMethods, Math.max(bound, 1), generated, names, report);
    Optional<ExecutableElement> onError = errorHandler(type, report);
    return new PipelineModel(type, generated, stageModels, onError, Math.max(bound, 1), names.newName("sizes"));
  }

  /** The {@code @OnError} method, if any; every other one, and every one with the wrong signature, is an error. */
  private Optional<ExecutableElement> errorHandler(TypeElement type, ValidationReport report) {
    List<ExecutableElement> handlers = context.marks().declaredMethodsMarked(type, OnError.class);
    List<String> names = handlers.stream().map(TypeChecks::describe).toList();
    for (ExecutableElement extra : handlers.subList(Math.min(1, handlers.size()), handlers.size())) {
      report.add(Problems.onErrorDuplicate(type.getSimpleName().toString(), names), context.marks().get(extra, OnError.class));
    }
    for (ExecutableElement handler : handlers) {
      if (!handler.getTypeParameters().isEmpty()) {
        report.add(Problems.mustNotDeclareTypeParameters("@OnError method", TypeChecks.describe(handler),
            TypeChecks.typeParameters(handler)), context.marks().get(handler, OnError.class));
      } else if (!TypeChecks.hasParameterTypes(context, handler, Object.class, Throwable.class, String.class)
          || handler.getReturnType().getKind() != TypeKind.VOID
          || handler.getModifiers().contains(Modifier.PRIVATE)
          || handler.getModifiers().contains(Modifier.STATIC)) {
        report.add(Problems.onErrorSignature(TypeChecks.describe(handler)), context.marks().get(handler, OnError.class));
      }
    }
    return handlers.stream().findFirst();
  }
}
