package dev.shuttle.processor.woven;

import dev.shuttle.processor.Messages;
import dev.shuttle.processor.TypeChecks;
import dev.shuttle.processor.ValidationReport;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/** Checks every guard makes before it asks for an override. */
final class WovenChecks {
  private WovenChecks() {}

  /**
   * Reports a method annotated with {@code annotation} that the woven subclass cannot override.
   *
   * @return whether the method can be overridden
   */
  static boolean checkOverridable(
      WovenType type, ExecutableElement method, String annotation, AnnotationMirror mirror, ValidationReport report) {
    boolean ok = true;
    for (Modifier modifier : new Modifier[] {Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL}) {
      if (method.getModifiers().contains(modifier)) {
        report.error(Messages.methodNotOverridable(annotation, TypeChecks.describe(method), modifier.toString(),
            type.generatedName().simpleName()), method, mirror);
        ok = false;
      }
    }
    return ok;
  }

  /**
   * Reports an inherited method that a class-level {@code annotation} would guard but the woven
   * subclass cannot override (it is final).
   */
  static boolean checkInheritedOverridable(
      WovenType type, ExecutableElement method, String annotation, AnnotationMirror classMirror, ValidationReport report) {
    if (method.getModifiers().contains(Modifier.FINAL)) {
      report.error(Messages.inheritedMethodNotOverridable(annotation, type.simpleName(), TypeChecks.describe(method),
          type.generatedName().simpleName()), type.element(), classMirror);
      return false;
    }
    return true;
  }
}
