package dev.shuttle.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import dev.shuttle.processor.actor.ActorStep;
import dev.shuttle.processor.pipeline.PipelineStep;
import dev.shuttle.processor.phased.PhasedStep;
import dev.shuttle.processor.woven.WovenStep;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * The single entry point: hands each annotated user type to the steps that own its annotations.
 *
 * <p>A round first learns every type its steps will generate. A user type may mention those (its
 * own {@code FooActor}, or actors that know each other): {@link TypeNames} spells them. A type
 * that mentions any other type that does not exist yet (typically another processor's output), in
 * its signature or in a value of a step's annotation, is deferred, by qualified name, to the next
 * round; if it never resolves, the compiler reports the missing type and Shuttle writes nothing
 * for it. Files are written at the end of the round ({@link GeneratedFiles}), without those of a
 * type that mentions a generated type whose own validation failed. Nothing ever escapes {@link
 * #process}: an internal failure becomes an error on the type being processed.
 */
@AutoService(Processor.class)
public final class ShuttleProcessor extends AbstractProcessor {
  private final List<ProcessingStep> steps = new ArrayList<>();
  private ProcessorContext context;
  /** Qualified names of types a step could not process yet, per step. */
  private final Map<ProcessingStep, Set<String>> deferred = new LinkedHashMap<>();

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    context = new ProcessorContext(processingEnv);
    UnseenAnnotations.register(processingEnv);
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
    Map<ProcessingStep, Set<TypeElement>> types = new LinkedHashMap<>();
    for (ProcessingStep step : steps) {
      types.put(step, typesFor(step, round));
    }
    Set<TypeElement> clashing = reportClashes(types);
    Map<TypeElement, List<TypeMirror>> unresolved = new HashMap<>();
    types.values().forEach(stepTypes -> stepTypes.forEach(type -> unresolved.computeIfAbsent(type, Unresolved::inSignature)));
    Set<TypeElement> waiting = waitingForTypes(types, unresolved, clashing);
    for (Map.Entry<ProcessingStep, Set<TypeElement>> entry : types.entrySet()) {
      ProcessingStep step = entry.getKey();
      for (TypeElement type : entry.getValue()) {
        if (clashing.contains(type)) {
          continue;
        }
        boolean unreadable = Unresolved.inAnnotations(type, step.annotations());
        if (waiting.contains(type) || unreadable) {
          if (!round.processingOver()) {
            deferred.get(step).add(type.getQualifiedName().toString());
          } // else it never resolved: the compiler reports the missing type, and Shuttle writes nothing that names it
        } else {
          processSafely(step, type);
        }
      }
    }
    leaveOutFilesNamingUnwritten(unresolved, waiting);
    context.files().writeRound();
    return false; // as Dagger and AutoValue do: other processors may read these annotations too
  }

  /**
   * Reports each pair of this round's types that would generate the same type ({@code Outer.Foo}
   * and {@code Outer_Foo} both generate {@code Outer_FooActor}), and returns them: neither is generated.
   */
  private Set<TypeElement> reportClashes(Map<ProcessingStep, Set<TypeElement>> types) {
    Map<ClassName, Set<TypeElement>> origins = new LinkedHashMap<>();
    types.forEach((step, stepTypes) -> stepTypes.forEach(type -> step.generatedType(type)
        .ifPresent(name -> origins.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(type))));
    Set<TypeElement> clashing = new LinkedHashSet<>();
    origins.forEach((name, sameName) -> {
      if (sameName.size() > 1) {
        ValidationReport report = new ValidationReport();
        for (TypeElement type : sameName) {
          List<String> others = sameName.stream().filter(other -> other != type).map(ShuttleProcessor::sourceName).toList();
          report.add(Problems.generatedNameClash(sourceName(type), name.canonicalName(), others), type);
        }
        report.printTo(processingEnv.getMessager());
        clashing.addAll(sameName);
      }
    });
    return clashing;
  }

  /** {@code Outer.Foo}: the name the source gives a type, short of its package. */
  private static String sourceName(TypeElement type) {
    String qualified = type.getQualifiedName().toString();
    String packageName = GeneratedNames.packageOf(type).getQualifiedName().toString();
    return packageName.isEmpty() ? qualified : qualified.substring(packageName.length() + 1);
  }

  /**
   * The types that must wait for a later round: those whose signature mentions a type that does
   * not exist yet and that is not one this round generates from a type that need not wait. Every
   * other type is processed now, with the generated types it mentions spelled by {@link TypeNames}:
   * a class that mentions its own {@code FooActor}, or two actors that know each other.
   */
  private Set<TypeElement> waitingForTypes(Map<ProcessingStep, Set<TypeElement>> types,
      Map<TypeElement, List<TypeMirror>> unresolved, Set<TypeElement> clashing) {
    Set<TypeElement> waiting = new HashSet<>();
    boolean changed = true;
    while (changed) {
      Set<ClassName> generated = new HashSet<>();
      types.forEach((step, stepTypes) -> stepTypes.stream()
          .filter(type -> !waiting.contains(type) && !clashing.contains(type))
          .forEach(type -> step.generatedType(type).ifPresent(generated::add)));
      context.typeNames().expect(generated);
      changed = false;
      for (Map.Entry<TypeElement, List<TypeMirror>> entry : unresolved.entrySet()) {
        if (!waiting.contains(entry.getKey()) && !allGenerated(entry.getKey(), entry.getValue(), generated)) {
          waiting.add(entry.getKey());
          changed = true;
        }
      }
    }
    return waiting;
  }

  private boolean allGenerated(TypeElement type, List<TypeMirror> errors, Set<ClassName> generated) {
    PackageElement from = GeneratedNames.packageOf(type);
    return errors.stream()
        .allMatch(error -> context.typeNames().generatedType(error, from).filter(generated::contains).isPresent());
  }

  /**
   * Leaves out the files of each type that mentions a generated type whose own validation failed:
   * they would not compile, and the compiler reports the missing name in the user's source, beside
   * Shuttle's error on the type that failed.
   */
  private void leaveOutFilesNamingUnwritten(Map<TypeElement, List<TypeMirror>> unresolved, Set<TypeElement> waiting) {
    boolean changed = true;
    Set<TypeElement> leftOut = new HashSet<>(waiting);
    while (changed) {
      changed = false;
      for (Map.Entry<TypeElement, List<TypeMirror>> entry : unresolved.entrySet()) {
        TypeElement type = entry.getKey();
        PackageElement from = GeneratedNames.packageOf(type);
        boolean namesUnwritten = entry.getValue().stream().anyMatch(error -> context.typeNames()
            .generatedType(error, from).filter(context::wrote).isEmpty());
        if (!leftOut.contains(type) && namesUnwritten) {
          context.files().leaveOut(type);
          leftOut.add(type);
          changed = true;
        }
      }
    }
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
    Set<TypeElement> annotationTypes = new LinkedHashSet<>();
    for (Class<? extends Annotation> annotation : step.annotations()) {
      TypeElement annotationType = processingEnv.getElementUtils().getTypeElement(annotation.getCanonicalName());
      if (annotationType != null) { // else the annotation is not on the class path: nothing can use it
        annotationTypes.add(annotationType);
      }
    }
    for (Element element : round.getElementsAnnotatedWithAny(annotationTypes.toArray(TypeElement[]::new))) { // one walk of the round
      TypeElement owner = EnclosingTypes.owningType(element);
      if (owner != null) {
        types.add(owner);
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
