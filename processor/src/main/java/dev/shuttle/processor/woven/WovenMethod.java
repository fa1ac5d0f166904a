package dev.shuttle.processor.woven;

import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

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

  boolean returnsVoid() {
    return element.getReturnType().getKind() == TypeKind.VOID;
  }

  /**
   * Whether the method returns {@code CompletionStage} or {@code CompletableFuture}: such a
   * method must never block its caller, so guards that would wait compose with the stage instead.
   */
  boolean returnsStage() {
    TypeMirror type = element.getReturnType();
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    String name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    return name.equals("java.util.concurrent.CompletionStage") || name.equals("java.util.concurrent.CompletableFuture");
  }
}
