package dev.shuttle.processor;

import dev.shuttle.ForkJoin;
import dev.shuttle.From;
import dev.shuttle.RateLimited;
import dev.shuttle.Read;
import dev.shuttle.To;
import dev.shuttle.Write;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Which Shuttle method annotation (a mark) applies to a method of a class that gets generated code.
 * A method's own mark applies. A method that carries no mark of a kind takes that kind from the
 * nearest method it overrides that does (superclasses and interfaces, nearest first), so that
 * {@code @Read} on an interface method marks every implementation that does not say otherwise.
 *
 * <p>Some annotations make one kind together, so that an override carrying any of them carries its
 * own mark and inherits none of the others: {@code @Read} and {@code @Write}; {@code @RateLimited}
 * and its {@code @RateLimited.Key} and {@code @RateLimited.Cost} parameters; {@code @ForkJoin} and its {@code @From} and
 * {@code @To} parameters. An inherited mark comes with the parameter marks of the method it is
 * written on, by position: see {@link #counterpart}.
 */
public final class Marks {
  private static final List<Set<Class<? extends Annotation>>> KINDS = List.of(
      Set.of(Read.class, Write.class),
      Set.of(RateLimited.class, RateLimited.Key.class, RateLimited.Cost.class),
      Set.of(ForkJoin.class, From.class, To.class));

  private final ProcessorContext context;

  public Marks(ProcessorContext context) {
    this.context = context;
  }

  /** The {@code annotation} that applies to {@code method}, a method of {@code type}: its own or inherited. */
  public <A extends Annotation> Optional<AnnotationOn<A>> find(
      TypeElement type, ExecutableElement method, Class<A> annotation) {
    return carrier(type, method, annotation).flatMap(carrier -> AnnotationOn.find(carrier, annotation));
  }

  /** The {@code annotation} that applies to {@code method} in the class declaring it, which the caller knows applies. */
  public <A extends Annotation> AnnotationOn<A> get(ExecutableElement method, Class<A> annotation) {
    return find((TypeElement) method.getEnclosingElement(), method, annotation).orElseThrow();
  }

  /** Whether {@code annotation} applies to {@code method}, a method of {@code type}. */
  public boolean isMarked(TypeElement type, ExecutableElement method, Class<? extends Annotation> annotation) {
    return find(type, method, annotation).isPresent();
  }

  /**
   * The methods a caller sees on {@code type} (declared or inherited, as {@link
   * TypeChecks#visibleMethods} orders them) to which {@code annotation} applies: those a woven
   * subclass overrides.
   */
  public List<ExecutableElement> visibleMethodsMarked(TypeElement type, Class<? extends Annotation> annotation) {
    return TypeChecks.visibleMethods(context, type).stream()
        .filter(method -> isMarked(type, method, annotation))
        .toList();
  }

  /**
   * Whether a mark of {@code annotation}'s kind is on or inherited by a method a caller sees on
   * {@code type}: whether the guard of that kind has anything to do there (a stray parameter mark
   * included, which it reports).
   */
  public boolean reachesAnyMethod(TypeElement type, Class<? extends Annotation> annotation) {
    return TypeChecks.visibleMethods(context, type).stream()
        .anyMatch(method -> carrier(type, method, annotation).isPresent());
  }

  /** The methods {@code type} declares to which {@code annotation} applies, in source order. */
  public List<ExecutableElement> declaredMethodsMarked(TypeElement type, Class<? extends Annotation> annotation) {
    return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .filter(method -> isMarked(type, method, annotation))
        .toList();
  }

  /**
   * The method whose marks of {@code annotation}'s kind apply to {@code method}: itself if it
   * carries one, else the nearest method it overrides that does; empty if none does.
   */
  public Optional<ExecutableElement> carrier(
      TypeElement type, ExecutableElement method, Class<? extends Annotation> annotation) {
    Set<Class<? extends Annotation>> kind = kindOf(annotation);
    if (carries(method, kind)) {
      return Optional.of(method);
    }
    if (method.getModifiers().contains(Modifier.PRIVATE) || method.getModifiers().contains(Modifier.STATIC)) {
      return Optional.empty(); // overrides nothing
    }
    TypeElement declarer = (TypeElement) method.getEnclosingElement();
    for (TypeElement supertype : TypeChecks.hierarchy(type)) {
      if (supertype.equals(declarer)) {
        continue; // an overload, never an overridden method (javac may say otherwise of error types)
      }
      for (ExecutableElement candidate : ElementFilter.methodsIn(supertype.getEnclosedElements())) {
        if (candidate.getSimpleName().equals(method.getSimpleName())
            && context.elements().overrides(method, candidate, declarer) && carries(candidate, kind)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code method}'s parameter at the position of {@code carrierParameter}, a parameter of the
   * method {@code method} takes its mark from: the name generated code passes on.
   */
  public static VariableElement counterpart(ExecutableElement method, VariableElement carrierParameter) {
    ExecutableElement carrier = (ExecutableElement) carrierParameter.getEnclosingElement();
    return method.getParameters().get(carrier.getParameters().indexOf(carrierParameter));
  }

  private static Set<Class<? extends Annotation>> kindOf(Class<? extends Annotation> annotation) {
    return KINDS.stream().filter(kind -> kind.contains(annotation)).findFirst().orElse(Set.of(annotation));
  }

  private static boolean carries(ExecutableElement method, Set<Class<? extends Annotation>> kind) {
    return kind.stream().anyMatch(annotation -> AnnotationMirrors.isAnnotated(method, annotation)
        || !AnnotationMirrors.parametersAnnotated(method, annotation).isEmpty());
  }
}
