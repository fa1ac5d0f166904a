package dev.shuttle.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.shuttle.Actor;
import dev.shuttle.Phased;
import dev.shuttle.Pipeline;
import java.lang.annotation.Annotation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The step of a pattern whose annotation is on a class and whose generated class runs on an
 * instance of it ({@code @Actor}, {@code @Pipeline}, {@code @Phased}): what they all do before
 * and after their own validation. A class without the pattern's annotation gets an error on each
 * member annotation it has for nothing; a class with it must pass the {@link ClassRules}; a
 * clean report is generated from.
 *
 * @param <A> the pattern's annotation on the class
 * @param <M> the validated model that the generator writes from
 */
public abstract class InstanceStep<A extends Annotation, M> implements ProcessingStep {
  /**
   * The patterns whose generated class runs on an instance. A class carries at most one: each
   * would run its own instance of it, and neither would know the other's threads.
   */
  private static final List<Class<? extends Annotation>> INSTANCE_PATTERNS =
      List.of(Actor.class, Pipeline.class, Phased.class);

  private final ProcessorContext context;
  private final ClassRules rules;
  private final Class<A> pattern;
  private final List<Class<? extends Annotation>> memberAnnotations;
  private final String generatedSuffix;

  /**
   * @param memberAnnotations what the pattern's methods carry ({@code @Stage}), which mean nothing without it
   * @param generatedSuffix what the generated class's name adds to the user's: {@code "Actor"}
   */
  protected InstanceStep(ProcessorContext context, Class<A> pattern,
      List<Class<? extends Annotation>> memberAnnotations, String generatedSuffix) {
    this.context = context;
    this.rules = new ClassRules(context);
    this.pattern = pattern;
    this.memberAnnotations = memberAnnotations;
    this.generatedSuffix = generatedSuffix;
  }

  /**
   * The class that the generated class for {@code type} runs an instance of: the woven {@code
   * ConcurrentFoo} if the woven step, which runs first, wrote one, else {@code type}. Its entry
   * point ({@code spawn}, {@code start}, {@code run}) takes nothing else, so the woven guards
   * cannot be lost by handing it a plain {@code Foo}.
   */
  public static ClassName behaviourOf(TypeElement type, ProcessorContext context) {
    ClassName woven = GeneratedNames.generatedName(type, "Concurrent", "");
    return context.wrote(woven) ? woven : ClassName.get(type);
  }

  /** A sentence for the entry point's Javadoc when it takes the woven class, else nothing. */
  public static CodeBlock wovenNote(TypeElement type, ClassName behaviour) {
    return behaviour.equals(ClassName.get(type)) ? CodeBlock.of("")
        : CodeBlock.of("<p>It takes a {@code $L}, so that the patterns woven into it apply to every call.\n",
            behaviour.simpleName());
  }

  @Override
  public final Set<Class<? extends Annotation>> annotations() {
    Set<Class<? extends Annotation>> annotations = new LinkedHashSet<>();
    annotations.add(pattern);
    annotations.addAll(memberAnnotations);
    return annotations;
  }

  @Override
  public final Optional<ClassName> generatedType(TypeElement type) {
    return AnnotationOn.find(type, pattern).map(annotation -> GeneratedNames.generatedName(type, "", generatedSuffix));
  }

  @Override
  public final void process(TypeElement type) {
    ValidationReport report = new ValidationReport();
    Optional<AnnotationOn<A>> annotation = AnnotationOn.find(type, pattern);
    M model = null;
    if (annotation.isPresent()) {
      model = validateClass(type, annotation.get(), report);
    } else {
      reportMembersWithoutPattern(type, report);
    }
    report.printTo(context.messager());
    if (report.isClean() && model != null) {
      generate(model);
    }
  }

  /**
   * Checks what is particular to the pattern and decides everything the generator needs.
   *
   * @param annotation the pattern's annotation on {@code type}
   * @return the model, or {@code null} when there is nothing to generate from (the report says why)
   */
  protected abstract M validate(TypeElement type, AnnotationOn<A> annotation, ClassName generated,
      ValidationReport report);

  /** Writes the generated class; only called with a model whose report is clean. */
  protected abstract void generate(M model);

  private M validateClass(TypeElement type, AnnotationOn<A> annotation, ValidationReport report) {
    List<Class<? extends Annotation>> others = INSTANCE_PATTERNS.stream()
        .filter(other -> other != pattern && AnnotationOn.find(type, other).isPresent())
        .toList();
    if (!others.isEmpty()) {
      report.add(Problems.oneInstancePattern(pattern, others, type.getSimpleName().toString()), annotation);
      return null;
    }
    ClassName generated = GeneratedNames.generatedName(type, "", generatedSuffix);
    if (!rules.check(type, ClassRules.Use.INSTANCE, pattern, generated, problem -> report.add(problem, annotation))) {
      return null;
    }
    return validate(type, annotation, generated, report);
  }

  private void reportMembersWithoutPattern(TypeElement type, ValidationReport report) {
    for (Class<? extends Annotation> member : memberAnnotations) {
      for (ExecutableElement method : AnnotationMirrors.methodsAnnotated(type, member)) {
        report.add(Problems.outsidePattern(member, TypeChecks.describe(method), type.getSimpleName().toString(),
            pattern), AnnotationOn.get(method, member));
      }
    }
  }
}
