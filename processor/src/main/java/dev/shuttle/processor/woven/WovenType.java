package dev.shuttle.processor.woven;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.shuttle.processor.Identifiers;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.TypeChecks;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * A user type that gets a woven subclass, the questions guards ask about its methods, and what
 * several guards share: its {@link ClassPools}, on which both {@code @Async} and {@code @Race}
 * run, and its {@link Identifiers}, from which every guard takes the names of the members it adds.
 * The woven step makes one per type it weaves, so nothing is shared between types.
 */
record WovenType(
    TypeElement element, ClassName generatedName, ProcessorContext context, ClassPools pools, Identifiers names) {

  String simpleName() {
    return element.getSimpleName().toString();
  }

  /** Methods a caller sees (declared or inherited, overridden ones resolved), in a stable order. */
  List<ExecutableElement> visibleMethods() {
    return TypeChecks.visibleMethods(context, element);
  }

  /**
   * The methods a class-level annotation applies to: public instance methods not from
   * {@code Object}, declared or inherited.
   */
  List<ExecutableElement> publicInstanceMethods() {
    return visibleMethods().stream()
        .filter(m -> m.getModifiers().contains(Modifier.PUBLIC) && !m.getModifiers().contains(Modifier.STATIC))
        .filter(m -> !TypeChecks.isFromObject(context, m, element))
        .toList();
  }

  /** The constructors the woven class keeps (same parameters, passed to {@code super}): the non-private ones. */
  List<ExecutableElement> keptConstructors() {
    return ElementFilter.constructorsIn(element.getEnclosedElements()).stream()
        .filter(constructor -> !constructor.getModifiers().contains(Modifier.PRIVATE))
        .toList();
  }

  /** {@code method} as a member of this type: see {@link TypeChecks#memberSignature}. */
  ExecutableType signature(ExecutableElement method) {
    return TypeChecks.memberSignature(context, element, method);
  }

  /** {@code mirror} as the woven class writes it: see {@link dev.shuttle.processor.TypeNames}. */
  TypeName typeName(TypeMirror mirror) {
    return context.typeNames().get(mirror, element);
  }

  boolean declares(ExecutableElement method) {
    return method.getEnclosingElement().equals(element);
  }
}
