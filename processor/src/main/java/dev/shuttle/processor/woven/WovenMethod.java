package dev.shuttle.processor.woven;

import dev.shuttle.processor.TypeChecks;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** A method being overridden in the woven subclass, with the facts every guard asks about. */
record WovenMethod(ExecutableElement element) {

  String name() {
    return element.getSimpleName().toString();
  }

  /** The arguments as the override passes them on: {@code a, b, c}. */
  String arguments() {
    return element.getParameters().stream()
        .map(VariableElement::getSimpleName)
        .map(Object::toString)
        .collect(Collectors.joining(", "));
  }

  /**
   * A name for a local variable of generated code that no parameter of the method uses:
   * {@code hold}, or {@code hold2} if a parameter is already called {@code hold}.
   */
  String local(String preferred) {
    Set<String> taken = element.getParameters().stream()
        .map(p -> p.getSimpleName().toString())
        .collect(Collectors.toSet());
    String name = preferred;
    for (int i = 2; taken.contains(name); i++) {
      name = preferred + i;
    }
    return name;
  }

  /** Whether the method may throw {@code InterruptedException}: then guards wait interruptibly. */
  boolean declaresInterruptedException(Types types, Elements elements) {
    TypeMirror interrupted = elements.getTypeElement(InterruptedException.class.getCanonicalName()).asType();
    return element.getThrownTypes().stream().anyMatch(thrown -> types.isSubtype(interrupted, thrown));
  }

  boolean returnsVoid() {
    return element.getReturnType().getKind() == TypeKind.VOID;
  }

  /**
   * Whether the method returns {@code CompletionStage} or {@code CompletableFuture}: such a
   * method must never block its caller, so guards that would wait compose with the stage instead.
   */
  boolean returnsStage() {
    return TypeChecks.isStage(element.getReturnType());
  }
}
