package dev.shuttle.processor.woven;

import dev.shuttle.processor.Messages;
import dev.shuttle.processor.TypeChecks;
import dev.shuttle.processor.ValidationReport;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.util.ElementFilter;

/** The checks that make a user type extendable by its woven subclass, whatever guards it has. */
final class WovenTypeValidator {
  private WovenTypeValidator() {}

  /**
   * @param annotation the annotation to name in messages (the first one found on the type)
   * @return whether the type can be extended
   */
  static boolean validate(WovenType type, String annotation, ValidationReport report) {
    String name = type.simpleName();
    String generated = type.generatedName().simpleName();
    if (type.element().getKind() != ElementKind.CLASS) {
      report.error(Messages.notAClassForPattern(annotation, type.element().getKind().toString().toLowerCase(Locale.ROOT)
          .replace('_', ' '), name), type.element());
      return false;
    }
    boolean ok = true;
    if (type.element().getModifiers().contains(Modifier.FINAL)) {
      report.error(Messages.mustNotBeFinal(annotation, name, generated), type.element());
      ok = false;
    }
    if (type.element().getNestingKind() == NestingKind.MEMBER
        && !type.element().getModifiers().contains(Modifier.STATIC)) {
      report.error(Messages.mustNotBeInner(annotation, name,
          "the generated " + generated + " is a top-level class and has no outer instance to give it"), type.element());
      ok = false;
    }
    if (TypeChecks.isPrivateOrInPrivate(type.element())) {
      report.error(Messages.mustNotBePrivate(annotation, name, generated), type.element());
      ok = false;
    }
    List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.element().getEnclosedElements());
    if (constructors.stream().allMatch(c -> c.getModifiers().contains(Modifier.PRIVATE))) {
      report.error(Messages.needsAccessibleConstructor(annotation, name, generated), type.element());
      ok = false;
    }
    if (TypeChecks.isNameTaken(type.context(), type.generatedName())) {
      report.error(Messages.generatedNameTaken(annotation, name, generated), type.element());
      ok = false;
    }
    return ok;
  }

  /** Abstract methods no guard implements would leave the woven class abstract: say which. */
  static void checkNothingAbstractLeft(WovenType type, List<GuardPlan> plans, ValidationReport report) {
    if (!type.element().getModifiers().contains(Modifier.ABSTRACT)) {
      return;
    }
    List<String> left = type.visibleMethods().stream()
        .filter(m -> m.getModifiers().contains(Modifier.ABSTRACT))
        .filter(m -> plans.stream().noneMatch(p -> p.implementsAbstract(m)))
        .map(TypeChecks::describe)
        .toList();
    if (!left.isEmpty()) {
      report.error(Messages.abstractMethodsLeft(type.simpleName(), type.generatedName().simpleName(), left),
          type.element());
    }
  }
}
