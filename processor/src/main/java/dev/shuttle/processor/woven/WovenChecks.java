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
   * Reports a method that a class-level {@code annotation} would guard (every public method,
   * declared or inherited) but the woven subclass cannot override, because it is final.
   *
   * @param remedy the other way out, e.g. "put @RateLimited on the methods that need it instead"
   */
  static boolean checkClassLevelOverridable(WovenType type, ExecutableElement method, String annotation,
      AnnotationMirror classMirror, String remedy, ValidationReport report) {
    if (method.getModifiers().contains(Modifier.FINAL)) {
      String message = Messages.classLevelMethodNotOverridable(annotation, type.simpleName(),
          TypeChecks.describe(method), type.generatedName().simpleName(), remedy);
      if (type.declares(method)) {
        report.error(message, method);
      } else {
        report.error(message, type.element(), classMirror); // inherited: the class is where the user can act
      }
      return false;
    }
    return true;
  }
}
