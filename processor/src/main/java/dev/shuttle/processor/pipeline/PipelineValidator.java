package dev.shuttle.processor.pipeline;

import static dev.shuttle.processor.AnnotationMirrors.explicitValue;

import com.palantir.javapoet.ClassName;
import dev.shuttle.processor.AnnotationMirrors;
import dev.shuttle.processor.GeneratedNames;
import dev.shuttle.processor.Messages;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.TypeChecks;
import dev.shuttle.processor.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/** Checks a {@code @Pipeline} class and its {@code @OnError} method; {@link PipelineStages} checks the stages. */
final class PipelineValidator {
  private final ProcessorContext context;
  private final PipelineStages stages;

  PipelineValidator(ProcessorContext context) {
    this.context = context;
    this.stages = new PipelineStages(context);
  }

  /** The model, or {@code null} when the type cannot be a pipeline (the report says why). */
  PipelineModel validate(TypeElement type, ValidationReport report) {
    List<ExecutableElement> stageMethods = annotatedMethods(type, PipelineStep.STAGE);
    List<ExecutableElement> handlers = annotatedMethods(type, PipelineStep.ON_ERROR);
    String name = type.getSimpleName().toString();
    Optional<AnnotationMirror> found = AnnotationMirrors.find(type, PipelineStep.PIPELINE);
    if (found.isEmpty()) {
      reportOutsidePipeline(stageMethods, "@Stage", PipelineStep.STAGE, name, report);
      reportOutsidePipeline(handlers, "@OnError", PipelineStep.ON_ERROR, name, report);
      return null;
    }
    AnnotationMirror pipeline = found.get();
    ClassName generated = GeneratedNames.generatedName(type, "", "Pipeline");
    if (type.getKind() != ElementKind.CLASS) {
      String kind = type.getKind().toString().toLowerCase(Locale.ROOT).replace("_type", " type");
      report.error(Messages.notAClass("@Pipeline", kind, name), type, pipeline);
      return null;
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      report.error(Messages.mustNotBeAbstract("@Pipeline", name, "start(...) needs an instance to run the stages on"),
          type, pipeline);
    }
    if (TypeChecks.isPrivateOrInPrivate(type)) {
      report.error(Messages.mustNotBePrivate("@Pipeline", name, generated.simpleName()), type, pipeline);
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.error(Messages.genericNotSupported("@Pipeline", name), type, pipeline);
    }
    if (TypeChecks.isNameTaken(context, generated)) {
      report.error(Messages.generatedNameTaken("@Pipeline", name, generated.simpleName()), type, pipeline);
    }
    int bound = AnnotationMirrors.intValue(context.elements(), pipeline, "bound");
    if (bound < 1) {
      report.error(Messages.pipelineBoundTooSmall(bound), type, pipeline, explicitValue(pipeline, "bound"));
    }
    if (stageMethods.isEmpty()) {
      report.error(Messages.pipelineNoStages(name), type, pipeline);
      return null;
    }
    List<PipelineModel.Stage> stageModels = stages.of(stageMethods, Math.max(bound, 1), generated, report);
    Optional<ExecutableElement> onError = validateHandlers(name, handlers, report);
    return new PipelineModel(type, generated, stageModels, onError);
  }

  private Optional<ExecutableElement> validateHandlers(
      String type, List<ExecutableElement> handlers, ValidationReport report) {
    if (handlers.size() > 1) {
      List<String> names = handlers.stream().map(TypeChecks::describe).toList();
      for (ExecutableElement extra : handlers.subList(1, handlers.size())) {
        report.error(Messages.onErrorDuplicate(type, names), extra, mirror(extra, PipelineStep.ON_ERROR));
      }
    }
    for (ExecutableElement handler : handlers) {
      if (!TypeChecks.hasParameterTypes(context, handler, "java.lang.Object", "java.lang.Throwable", "java.lang.String")
          || handler.getReturnType().getKind() != TypeKind.VOID
          || handler.getModifiers().contains(Modifier.PRIVATE)
          || handler.getModifiers().contains(Modifier.STATIC)
          || !handler.getTypeParameters().isEmpty()) {
        report.error(Messages.onErrorSignature(TypeChecks.describe(handler)), handler,
            mirror(handler, PipelineStep.ON_ERROR));
      }
    }
    return handlers.stream().findFirst();
  }

  private static void reportOutsidePipeline(List<ExecutableElement> methods, String annotation, String qualifiedName,
      String type, ValidationReport report) {
    for (ExecutableElement method : methods) {
      report.error(Messages.stageOutsidePipeline(annotation, TypeChecks.describe(method), type), method,
          mirror(method, qualifiedName));
    }
  }

  /** The methods {@code type} declares with that annotation, in source order (the stages' order). */
  private static List<ExecutableElement> annotatedMethods(TypeElement type, String annotation) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (AnnotationMirrors.isAnnotated(method, annotation)) {
        methods.add(method);
      }
    }
    return methods;
  }

  static AnnotationMirror mirror(ExecutableElement method, String annotation) {
    return AnnotationMirrors.find(method, annotation).orElseThrow();
  }
}
