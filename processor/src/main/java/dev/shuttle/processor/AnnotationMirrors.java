package dev.shuttle.processor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Reads annotations as mirrors (the processor must not load user classes), so that errors can
 * point at the exact annotation and value.
 */
public final class AnnotationMirrors {
  private AnnotationMirrors() {}

  /** The annotation of that qualified name on {@code element}, if present. */
  public static Optional<AnnotationMirror> find(Element element, String annotationName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotationName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  public static boolean isAnnotated(Element element, String annotationName) {
    return find(element, annotationName).isPresent();
  }

  /** The value of {@code name}, explicit or default. */
  public static AnnotationValue value(Elements elements, AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException(mirror + " has no member named " + name);
  }

  /**
   * The value as written in the source, or {@code null} if the user left the default. Errors
   * about a value point at this, so the compiler underlines what the user wrote.
   */
  public static AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  public static int intValue(Elements elements, AnnotationMirror mirror, String name) {
    return (Integer) value(elements, mirror, name).getValue();
  }

  public static long longValue(Elements elements, AnnotationMirror mirror, String name) {
    return ((Number) value(elements, mirror, name).getValue()).longValue();
  }

  public static String stringValue(Elements elements, AnnotationMirror mirror, String name) {
    return (String) value(elements, mirror, name).getValue();
  }

  /** The elements of an array value ({@code @Race({"a", "b"})}, a repeated annotation's container), each with its position. */
  @SuppressWarnings("unchecked")
  public static List<? extends AnnotationValue> elements(AnnotationValue array) {
    return (List<? extends AnnotationValue>) array.getValue();
  }

  /** The simple name of an enum constant value, e.g. {@code "BLOCK"}. */
  public static String enumValue(Elements elements, AnnotationMirror mirror, String name) {
    return ((VariableElement) value(elements, mirror, name).getValue()).getSimpleName().toString();
  }
}
