package dev.shuttle.processor;

import com.google.auto.service.AutoService;
import dev.shuttle.processor.actor.ActorStep;
import dev.shuttle.processor.pipeline.PipelineStep;
import dev.shuttle.processor.phased.PhasedStep;
import dev.shuttle.processor.woven.WovenStep;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The single entry point: hands each annotated user type to the steps that own its annotations.
 *
 * <p>A type that refers to a type not generated yet (an error type, typically another
 * processor's output), in its signature or in a value of a step's annotation, is deferred, by
 * qualified name, to the next round. Nothing ever escapes {@link #process}: an internal failure
 * becomes an error on the type being processed.
 */
@AutoService(Processor.class)
public final class ShuttleProcessor extends AbstractProcessor {
  private final List<ProcessingStep> steps = new ArrayList<>();
  /** Qualified names of types a step could not process yet, per step. */
  private final Map<ProcessingStep, Set<String>> deferred = new LinkedHashMap<>();

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    ProcessorContext context = new ProcessorContext(processingEnv);
    steps.add(new WovenStep(context)); // first: an actor may run the woven class (ProcessorContext.wrote)
    steps.add(new ActorStep(context));
    steps.add(new PipelineStep(context));
    steps.add(new PhasedStep(context));
    for (ProcessingStep step : steps) {
      deferred.put(step, new LinkedHashSet<>());
    }
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> names = new LinkedHashSet<>();
    for (ProcessingStep step : steps) {
      for (Class<? extends Annotation> annotation : step.annotations()) {
        names.add(annotation.getCanonicalName());
      }
    }
    return names;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (ProcessingStep step : steps) {
      for (TypeElement type : typesFor(step, round)) {
        boolean unreadable = Unresolved.inAnnotations(type, step.annotations());
        if (!round.processingOver() && (unreadable || Unresolved.inSignature(type))) {
          deferred.get(step).add(type.getQualifiedName().toString());
        } else if (!unreadable) {
          processSafely(step, type);
        } // else a value never resolved: the compiler reports it, and Shuttle has nothing to read
      }
    }
    return false; // as Dagger and AutoValue do: other processors may read these annotations too
  }

  /** This round's types for the step: the deferred ones first, then the newly annotated ones. */
  private Set<TypeElement> typesFor(ProcessingStep step, RoundEnvironment round) {
    Set<TypeElement> types = new LinkedHashSet<>();
    Set<String> waiting = deferred.get(step);
    for (String name : waiting) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        types.add(type);
      }
    }
    waiting.clear();
    for (Class<? extends Annotation> annotation : step.annotations()) {
      TypeElement annotationType = processingEnv.getElementUtils().getTypeElement(annotation.getCanonicalName());
      if (annotationType == null) {
        continue; // the annotation is not on the class path: nothing can use it
      }
      for (Element element : round.getElementsAnnotatedWith(annotationType)) {
        TypeElement owner = EnclosingTypes.owningType(element);
        if (owner != null) {
          types.add(owner);
        }
      }
    }
    return types;
  }

  private void processSafely(ProcessingStep step, TypeElement type) {
    try {
      step.process(type);
    } catch (RuntimeException | Error e) {
      ValidationReport report = new ValidationReport();
      report.add(Problems.internalFailure(type.getQualifiedName().toString(), e), type);
      report.printTo(processingEnv.getMessager());
    }
  }
}
