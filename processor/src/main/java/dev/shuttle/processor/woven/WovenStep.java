package dev.shuttle.processor.woven;

import com.palantir.javapoet.ClassName;
import dev.shuttle.processor.GeneratedNames;
import dev.shuttle.processor.ProcessingStep;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.ValidationReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * All method-level patterns of one class are woven into ONE subclass, {@code ConcurrentFoo}:
 * same type, same constructors, each guarded method overridden once, passing through its guards
 * in {@link GuardOrder}. Each pattern is a {@link Guard}; this step does not know any of them.
 */
public final class WovenStep implements ProcessingStep {
  private final ProcessorContext context;
  private final List<Guard> guards;
  private final WovenGenerator generator;

  public WovenStep(ProcessorContext context) {
    this.context = context;
    PoolPlanner pools = new PoolPlanner();
    this.guards = List.of(new RateLimitGuard(context), new AsyncGuard(pools), new RaceGuard(pools),
        new ReadMostlyGuard(context), new ForkJoinGuard(context));
    this.generator = new WovenGenerator(context);
  }

  @Override
  public Set<String> annotations() {
    Set<String> names = new LinkedHashSet<>();
    guards.forEach(guard -> names.addAll(guard.annotations()));
    return names;
  }

  @Override
  public void process(TypeElement element) {
    ClassName generated = GeneratedNames.generatedName(element, "Concurrent", "");
    WovenType type = new WovenType(element, generated, context);
    List<Guard> present = guards.stream()
        .filter(guard -> guard.appliesTo(element))
        .sorted(Comparator.comparing(Guard::order))
        .toList();
    if (present.isEmpty()) {
      return;
    }
    ValidationReport report = context.report();
    boolean extendable = WovenTypeValidator.validate(type, annotationNames(present).get(0), report);
    List<GuardPlan> plans = new ArrayList<>();
    for (Guard guard : present) {
      plans.add(guard.plan(type, report)); // each guard reports its own problems, whatever the others found
    }
    if (extendable) {
      WovenTypeValidator.checkNothingAbstractLeft(type, plans, report);
    }
    report.printTo(context.messager());
    if (report.isClean()) {
      generator.generate(type, annotationNames(present), plans);
    }
  }

  /** {@code @RateLimited}, {@code @ReadMostly}…: how messages and the Javadoc name the guards. */
  private static List<String> annotationNames(List<Guard> present) {
    return present.stream().map(Guard::displayName).toList();
  }
}
