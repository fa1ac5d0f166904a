package dev.shuttle.processor;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Finds the user type an annotated element belongs to. */
final class EnclosingTypes {
  private EnclosingTypes() {}

  /**
   * The type itself for an annotated type, the declaring type for a method, and the method's
   * declaring type for a parameter; {@code null} for anything else (e.g. a package).
   */
  static TypeElement owningType(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (e.getKind().isClass() || e.getKind().isInterface()) {
        return (TypeElement) e;
      }
    }
    return null;
  }
}
