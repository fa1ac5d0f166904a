package dev.shuttle.processor;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Finds annotations as mirrors, by their annotation type, and the elements that carry them. The
 * mirrors are what errors point at; {@link AnnotationOn} reads their values.
 */
public final class AnnotationMirrors {
  private AnnotationMirrors() {}

  /** The {@code type} annotation on {@code element}, if present. */
  public static Optional<AnnotationMirror> find(Element element, Class<? extends Annotation> type) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
      if (annotation.getQualifiedName().contentEquals(type.getCanonicalName())) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  public static boolean isAnnotated(Element element, Class<? extends Annotation> type) {
    return find(element, type).isPresent();
  }

  /** The methods {@code type} declares with the {@code annotation}, in source order. */
  public static List<ExecutableElement> methodsAnnotated(TypeElement type, Class<? extends Annotation> annotation) {
    return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .filter(method -> isAnnotated(method, annotation))
        .toList();
  }

  /** The parameters of {@code method} with the {@code annotation}, in order. */
  public static List<VariableElement> parametersAnnotated(
      ExecutableElement method, Class<? extends Annotation> annotation) {
    return method.getParameters().stream()
        .filter(parameter -> isAnnotated(parameter, annotation))
        .map(parameter -> (VariableElement) parameter)
        .toList();
  }

  /** The elements of an array value ({@code @Race({"a", "b"})}, a repeated annotation's container), each with its position. */
  @SuppressWarnings("unchecked")
  public static List<? extends AnnotationValue> elements(AnnotationValue array) {
    return (List<? extends AnnotationValue>) array.getValue();
  }

  /** The value of the member {@code name} as written in the source, or {@code null} if the user left the default. */
  static AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
