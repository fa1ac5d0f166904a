package dev.shuttle.processor.woven;

import dev.shuttle.LockStrategy;
import dev.shuttle.Read;
import dev.shuttle.ReadMostly;
import dev.shuttle.Write;
import dev.shuttle.processor.AnnotationMirrors;
import dev.shuttle.processor.AnnotationOn;
import dev.shuttle.processor.Marks;
import dev.shuttle.processor.Problems;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.TypeChecks;
import dev.shuttle.processor.ValidationReport;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * {@code @ReadMostly}: every public method takes the class's lock, {@code @Read} methods shared,
 * the others (marked {@code @Write} or not marked at all) exclusive.
 */
final class ReadMostlyGuard implements Guard {
  /** How a method holds the lock. */
  enum Mode {
    READ,
    OPTIMISTIC_READ,
    WRITE,
    /** Neither annotation: exclusive, the safe default. */
    UNMARKED
  }

  private final ProcessorContext context;

  ReadMostlyGuard(ProcessorContext context) {
    this.context = context;
  }

  @Override
  public Class<? extends Annotation> pattern() {
    return ReadMostly.class;
  }

  @Override
  public GuardOrder order() {
    return GuardOrder.EXCLUSION;
  }

  @Override
  public Set<Class<? extends Annotation>> annotations() {
    return Set.of(ReadMostly.class, Read.class, Write.class);
  }

  /**
   * A {@code @ReadMostly} class, or a concrete class with marked methods (an error). An abstract
   * class may mark its methods for the {@code @ReadMostly} subclasses that extend it.
   */
  @Override
  public boolean appliesTo(TypeElement type) {
    return AnnotationMirrors.isAnnotated(type, ReadMostly.class)
        || (!type.getModifiers().contains(Modifier.ABSTRACT)
            && ElementFilter.methodsIn(type.getEnclosedElements()).stream().anyMatch(ReadMostlyGuard::carriesMark));
  }

  @Override
  public GuardPlan plan(WovenType type, ValidationReport report) {
    Optional<AnnotationOn<ReadMostly>> readMostly = AnnotationOn.find(type.element(), ReadMostly.class);
    Map<ExecutableElement, Mode> modes = new LinkedHashMap<>();
    if (readMostly.isEmpty()) {
      for (ExecutableElement method : ElementFilter.methodsIn(type.element().getEnclosedElements())) {
        for (Class<? extends Annotation> annotation : List.of(Read.class, Write.class)) {
          AnnotationOn.find(method, annotation).ifPresent(mode -> report.add(
              Problems.lockModeOutsideReadMostly(annotation, TypeChecks.describe(method), type.simpleName()), mode));
        }
      }
      return new ReadMostlyPlan(type, LockStrategy.READ_WRITE, modes, context);
    }
    LockStrategy strategy = readMostly.get().values().lock();
    for (ExecutableElement method : type.visibleMethods()) { // marks may come from an interface or superclass
      if (marked(type, method)) {
        markedMode(type, method, strategy, report).ifPresent(mode -> modes.put(method, mode));
      }
    }
    for (ExecutableElement method : type.publicInstanceMethods()) {
      if (!modes.containsKey(method) && !marked(type, method)
          && WovenChecks.checkClassLevelOverridable(type, method, readMostly.get(),
              "mark it neither @Read nor @Write and make sure it touches no shared state", report)) {
        modes.put(method, Mode.UNMARKED);
      }
    }
    warnAboutPublicMutableFields(type, report);
    return new ReadMostlyPlan(type, strategy, modes, context);
  }

  private Optional<Mode> markedMode(
      WovenType type, ExecutableElement method, LockStrategy strategy, ValidationReport report) {
    Optional<AnnotationOn<Read>> read = context.marks().find(type.element(), method, Read.class);
    Optional<AnnotationOn<Write>> write = context.marks().find(type.element(), method, Write.class);
    boolean ok = WovenChecks.checkOverridable(type, method, read.isPresent() ? read.get() : write.orElseThrow(), report);
    if (read.isPresent() && write.isPresent()) {
      report.add(Problems.readAndWrite(TypeChecks.describe(method)), write.get());
      ok = false;
    }
    boolean optimistic = read.isPresent() && read.get().values().optimistic();
    if (optimistic && strategy != LockStrategy.STAMPED) {
      report.add(Problems.optimisticNeedsStamped(strategy), read.get(), Read::optimistic);
      ok = false;
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(read.isEmpty() ? Mode.WRITE : optimistic ? Mode.OPTIMISTIC_READ : Mode.READ);
  }

  private static void warnAboutPublicMutableFields(WovenType type, ValidationReport report) {
    for (VariableElement field : ElementFilter.fieldsIn(type.element().getEnclosedElements())) {
      Set<Modifier> modifiers = field.getModifiers();
      if (modifiers.contains(Modifier.PUBLIC) && !modifiers.contains(Modifier.FINAL)
          && !modifiers.contains(Modifier.STATIC)) {
        report.add(Problems.publicMutableField(field.getSimpleName().toString(), type.simpleName()), field);
      }
    }
  }

  /** Whether {@code method} of {@code type} is {@code @Read} or {@code @Write}, itself or by what it overrides. */
  private boolean marked(WovenType type, ExecutableElement method) {
    Marks marks = context.marks();
    return marks.isMarked(type.element(), method, Read.class) || marks.isMarked(type.element(), method, Write.class);
  }

  /** Whether {@code method} itself carries {@code @Read} or {@code @Write}. */
  private static boolean carriesMark(ExecutableElement method) {
    return AnnotationMirrors.isAnnotated(method, Read.class) || AnnotationMirrors.isAnnotated(method, Write.class);
  }
}
