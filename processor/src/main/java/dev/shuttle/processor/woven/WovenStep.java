package dev.shuttle.processor.woven;

import com.palantir.javapoet.ClassName;
import dev.shuttle.processor.ClassRules;
import dev.shuttle.processor.GeneratedNames;
import dev.shuttle.processor.Identifiers;
import dev.shuttle.processor.ProcessingStep;
import dev.shuttle.processor.Problems;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.SignatureAccess;
import dev.shuttle.processor.TypeChecks;
import dev.shuttle.processor.ValidationReport;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * All method-level patterns of one class are woven into ONE subclass, {@code ConcurrentFoo}:
 * same type, same constructors, each guarded method overridden once, passing through its guards
 * in {@link GuardOrder}. Each pattern is a {@link Guard}; this step does not know any of them. It
 * only reads the class's {@code @Pool}s, once per type, for the guards that share them.
 */
public final class WovenStep implements ProcessingStep {
  private final ProcessorContext context;
  private final ClassRules rules;
  private final List<Guard> guards;
  private final WovenGenerator generator;

  public WovenStep(ProcessorContext context) {
    this.context = context;
    this.rules = new ClassRules(context);
    this.guards = List.of(new RateLimitGuard(context), new AsyncGuard(context), new RaceGuard(context),
        new ReadMostlyGuard(context), new ForkJoinGuard(context));
    this.generator = new WovenGenerator(context);
  }

  @Override
  public Set<Class<? extends Annotation>> annotations() {
    Set<Class<? extends Annotation>> annotations = new LinkedHashSet<>();
    guards.forEach(guard -> annotations.addAll(guard.annotations()));
    return annotations;
  }

  @Override
  public Optional<ClassName> generatedType(TypeElement element) {
    return guards.stream().anyMatch(guard -> guard.appliesTo(element))
        ? Optional.of(GeneratedNames.generatedName(element, "Concurrent", ""))
        : Optional.empty();
  }

  @Override
  public void process(TypeElement element) {
    List<Guard> present = guards.stream()
        .filter(guard -> guard.appliesTo(element))
        .sorted(Comparator.comparing(Guard::order))
        .toList();
    if (present.isEmpty()) {
      return;
    }
    ValidationReport report = new ValidationReport();
    ClassName generated = GeneratedNames.generatedName(element, "Concurrent", "");
    boolean isClass = rules.check(element, ClassRules.Use.SUBCLASS, present.get(0).pattern(), generated,
        problem -> report.add(problem, element));
    Identifiers names = Identifiers.inScopeOf(element, context);
    ObjectsAccessor.reserve(names);
    WovenType type = new WovenType(element, generated, context, ClassPools.read(element, names, context, report), names);
    List<GuardPlan> plans = new ArrayList<>();
    for (Guard guard : present) {
      plans.add(guard.plan(type, report)); // each guard reports its own problems, whatever the others found
    }
    if (isClass) {
      checkNothingAbstractLeft(type, plans, report);
      checkSignaturesCanBeNamed(type, plans, report);
      ObjectsAccessor.check(type, plans, report);
    }
    if (report.isClean()) {
      generator.generate(type, present.stream().map(guard -> Problems.shown(guard.pattern())).toList(), plans, report);
    }
    report.printTo(context.messager());
  }

  /** The woven class copies the constructors and the guarded methods' signatures: each type in them must be nameable. */
  private void checkSignaturesCanBeNamed(WovenType type, List<GuardPlan> plans, ValidationReport report) {
    List<ExecutableElement> copied = new ArrayList<>(type.keptConstructors());
    type.visibleMethods().stream().filter(m -> plans.stream().anyMatch(p -> p.guards(m))).forEach(copied::add);
    for (ExecutableElement member : copied) {
      SignatureAccess.check(context, type.element(), member, type.generatedName(), true,
          problem -> report.add(problem, type.declares(member) ? member : type.element()));
    }
  }

  /** Abstract methods no guard implements would leave the woven class abstract: say which. */
  private static void checkNothingAbstractLeft(WovenType type, List<GuardPlan> plans, ValidationReport report) {
    if (!type.element().getModifiers().contains(Modifier.ABSTRACT)) {
      return;
    }
    List<String> left = type.visibleMethods().stream()
        .filter(m -> m.getModifiers().contains(Modifier.ABSTRACT))
        .filter(m -> plans.stream().noneMatch(p -> p.implementsAbstract(m)))
        .map(TypeChecks::describe)
        .toList();
    if (!left.isEmpty()) {
      report.add(Problems.abstractMethodsLeft(type.simpleName(), type.generatedName().simpleName(), left),
          type.element());
    }
  }
}
