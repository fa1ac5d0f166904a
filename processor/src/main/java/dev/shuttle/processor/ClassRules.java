package dev.shuttle.processor;

import com.palantir.javapoet.ClassName;
import java.lang.annotation.Annotation;
import java.util.Optional;
import java.util.function.Consumer;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Whether a generated class can be written for a user's class: the rules every class-level
 * pattern shares, written once ({@code docs/class-rules.md} has them as a table). A class is refused
 * only for what its generated class could not do, which depends on how that class {@linkplain Use
 * uses} it.
 */
public final class ClassRules {
  /** How a generated class uses the user's class. */
  public enum Use {
    /**
     * {@code FooActor}, {@code FooPipeline}, {@code FooPhases}: run on an instance the user made and
     * gave them, so an abstract, final or inner class is fine (the instance is of any subclass, or
     * belongs to an outer instance); a generic one, or an inner one of a generic class, is not
     * supported yet.
     */
    INSTANCE,
    /**
     * {@code ConcurrentFoo}: extends the class and keeps its constructors, so the class must be
     * extendable from the top level (not final, not sealed); it may be generic (so is {@code ConcurrentFoo}) and abstract
     * (if the guards implement what is left; the woven step checks that).
     */
    SUBCLASS
  }

  private final ProcessorContext context;

  public ClassRules(ProcessorContext context) {
    this.context = context;
  }

  /**
   * Reports to {@code problems} every rule {@code type} breaks for {@code pattern}.
   *
   * @return {@code false} if {@code type} is no class at all, so nothing else about it is worth checking
   */
  public boolean check(TypeElement type, Use use, Class<? extends Annotation> pattern, ClassName generated,
      Consumer<Problem> problems) {
    String name = type.getSimpleName().toString();
    String generatedName = generated.simpleName();
    if (type.getKind() != ElementKind.CLASS) {
      problems.accept(use == Use.INSTANCE
          ? Problems.notAClass(pattern, type.getKind(), name)
          : Problems.notAClassToExtend(pattern, type.getKind(), name));
      return false;
    }
    boolean isPrivate = TypeChecks.isPrivateOrInPrivate(type);
    if (isPrivate && !(use == Use.SUBCLASS && isInner(type))) {
      problems.accept(Problems.mustNotBePrivate(pattern, name, generatedName));
    }
    switch (use) {
      case INSTANCE -> {
        if (!type.getTypeParameters().isEmpty()) {
          problems.accept(Problems.genericNotSupported(pattern, name));
        }
        genericOuterInstance(type).ifPresent(outer ->
            problems.accept(Problems.innerOfGenericNotSupported(pattern, name, outer.getSimpleName().toString())));
      }
      case SUBCLASS -> {
        if (type.getModifiers().contains(Modifier.FINAL)) {
          problems.accept(Problems.mustNotBeFinal(pattern, name, generatedName));
        }
        if (type.getModifiers().contains(Modifier.SEALED)) { // only the permitted subclasses may extend it
          problems.accept(Problems.mustNotBeSealed(pattern, name, generatedName));
        }
        if (isInner(type)) {
          problems.accept(isPrivate
              ? Problems.mustNotBePrivateNorInner(pattern, name, generatedName)
              : Problems.mustNotBeInner(pattern, name, generatedName));
        }
        if (!(isPrivate && hasOnlyTheDefaultConstructor(type)) // private with its class: the error above says why
            && ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .allMatch(constructor -> constructor.getModifiers().contains(Modifier.PRIVATE))) {
          problems.accept(Problems.needsAccessibleConstructor(pattern, name, generatedName));
        }
      }
    }
    if (TypeChecks.isNameTaken(context, generated)) {
      problems.accept(Problems.generatedNameTaken(pattern, name, generatedName));
    }
    FileNameLimit.forClass(pattern, type, generated).ifPresent(problems);
    return true;
  }

  /** The constructor javac writes for a class that declares none: it has the class's access. */
  private boolean hasOnlyTheDefaultConstructor(TypeElement type) {
    return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .allMatch(constructor -> context.elements().getOrigin(constructor) == Elements.Origin.MANDATED);
  }

  /** A member class that is not static: its instances belong to an instance of the class around it. */
  private static boolean isInner(TypeElement type) {
    return type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC);
  }

  /**
   * The nearest generic class whose instance an inner {@code type} belongs to: its type parameters
   * are in scope, so {@code type} cannot be named without them ({@code Outer<T>.Inner}).
   */
  private static Optional<TypeElement> genericOuterInstance(TypeElement type) {
    for (TypeElement inner = type; isInner(inner); inner = (TypeElement) inner.getEnclosingElement()) {
      TypeElement outer = (TypeElement) inner.getEnclosingElement(); // a member class's is always a type
      if (!outer.getTypeParameters().isEmpty()) {
        return Optional.of(outer);
      }
    }
    return Optional.empty();
  }
}
