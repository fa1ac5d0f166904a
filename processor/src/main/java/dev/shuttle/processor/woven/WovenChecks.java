package dev.shuttle.processor.woven;

import dev.shuttle.processor.AnnotationOn;
import dev.shuttle.processor.Problem;
import dev.shuttle.processor.Problems;
import dev.shuttle.processor.TypeChecks;
import dev.shuttle.processor.ValidationReport;
import java.lang.annotation.Annotation;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/** Checks every guard makes before it asks for an override. */
final class WovenChecks {
  private WovenChecks() {}

  /**
   * Reports a method marked {@code on} that the woven subclass cannot override: on the mark, or on
   * the method when it inherits the mark from a method it overrides.
   *
   * @return whether the method can be overridden
   */
  static boolean checkOverridable(WovenType type, ExecutableElement method, AnnotationOn<?> on, ValidationReport report) {
    boolean ok = true;
    for (Modifier modifier : new Modifier[] {Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL}) {
      if (method.getModifiers().contains(modifier)) {
        Problem problem = Problems.methodNotOverridable(on.annotationType(), TypeChecks.describe(method), modifier,
            type.generatedName().simpleName());
        if (on.element().equals(method)) {
          report.add(problem, on);
        } else {
          report.add(problem, method);
        }
        ok = false;
      }
    }
    return ok;
  }

  /**
   * Reports a method that a class-level annotation ({@code onClass}) would guard (every public
   * method, declared or inherited) but the woven subclass cannot override, because it is final.
   *
   * @param remedy the other way out, e.g. "put @RateLimited on the methods that need it instead"
   */
  static boolean checkClassLevelOverridable(WovenType type, ExecutableElement method,
      AnnotationOn<? extends Annotation> onClass, String remedy, ValidationReport report) {
    if (method.getModifiers().contains(Modifier.FINAL)) {
      Problem problem = Problems.classLevelMethodNotOverridable(onClass.annotationType(), type.simpleName(),
          TypeChecks.describe(method), type.generatedName().simpleName(), remedy);
      if (type.declares(method)) {
        report.add(problem, method);
      } else {
        report.add(problem, onClass); // inherited: the class is where the user can act
      }
      return false;
    }
    return true;
  }
}
