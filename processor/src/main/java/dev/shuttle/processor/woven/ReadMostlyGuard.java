package dev.shuttle.processor.woven;

import dev.shuttle.processor.AnnotationMirrors;
import dev.shuttle.processor.Messages;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.TypeChecks;
import dev.shuttle.processor.ValidationReport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
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
  static final String READ_MOSTLY = "dev.shuttle.ReadMostly";
  static final String READ = "dev.shuttle.Read";
  static final String WRITE = "dev.shuttle.Write";

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
  public String displayName() {
    return "@ReadMostly";
  }

  @Override
  public GuardOrder order() {
    return GuardOrder.EXCLUSION;
  }

  @Override
  public Set<String> annotations() {
    return Set.of(READ_MOSTLY, READ, WRITE);
  }

  /**
   * A {@code @ReadMostly} class, or a concrete class with marked methods (an error). An abstract
   * class may mark its methods for the {@code @ReadMostly} subclasses that extend it.
   */
  @Override
  public boolean appliesTo(TypeElement type) {
    return AnnotationMirrors.isAnnotated(type, READ_MOSTLY)
        || (!type.getModifiers().contains(Modifier.ABSTRACT)
            && ElementFilter.methodsIn(type.getEnclosedElements()).stream().anyMatch(ReadMostlyGuard::marked));
  }

  @Override
  public GuardPlan plan(WovenType type, ValidationReport report) {
    Optional<AnnotationMirror> readMostly = AnnotationMirrors.find(type.element(), READ_MOSTLY);
    Map<ExecutableElement, Mode> modes = new LinkedHashMap<>();
    if (readMostly.isEmpty()) {
      for (ExecutableElement method : ElementFilter.methodsIn(type.element().getEnclosedElements())) {
        for (String annotation : new String[] {READ, WRITE}) {
          AnnotationMirrors.find(method, annotation).ifPresent(mirror -> report.error(
              Messages.lockModeOutsideReadMostly("@" + simple(annotation), TypeChecks.describe(method), type.simpleName()),
              method, mirror));
        }
      }
      return new ReadMostlyPlan(type, "READ_WRITE", modes, context);
    }
    String strategy = AnnotationMirrors.enumValue(context.elements(), readMostly.get(), "lock");
    for (ExecutableElement method : type.visibleMethods()) { // marks may come from an abstract superclass
      if (marked(method)) {
        markedMode(type, method, strategy, report).ifPresent(mode -> modes.put(method, mode));
      }
    }
    for (ExecutableElement method : type.publicInstanceMethods()) {
      if (!modes.containsKey(method) && !marked(method)
          && WovenChecks.checkClassLevelOverridable(type, method, "@ReadMostly", readMostly.get(),
              "mark it neither @Read nor @Write and make sure it touches no shared state", report)) {
        modes.put(method, Mode.UNMARKED);
      }
    }
    warnAboutPublicMutableFields(type, report);
    return new ReadMostlyPlan(type, strategy, modes, context);
  }

  private Optional<Mode> markedMode(WovenType type, ExecutableElement method, String strategy, ValidationReport report) {
    Optional<AnnotationMirror> read = AnnotationMirrors.find(method, READ);
    Optional<AnnotationMirror> write = AnnotationMirrors.find(method, WRITE);
    AnnotationMirror mirror = read.or(() -> write).orElseThrow();
    boolean ok = WovenChecks.checkOverridable(type, method, "@" + (read.isPresent() ? "Read" : "Write"), mirror, report);
    if (read.isPresent() && write.isPresent()) {
      report.error(Messages.readAndWrite(TypeChecks.describe(method)), method, write.get());
      ok = false;
    }
    boolean optimistic = read.isPresent()
        && (Boolean) AnnotationMirrors.value(context.elements(), read.get(), "optimistic").getValue();
    if (optimistic && !strategy.equals("STAMPED")) {
      report.error(Messages.optimisticNeedsStamped(strategy), method, read.get(),
          AnnotationMirrors.explicitValue(read.get(), "optimistic"));
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
        report.warning(Messages.publicMutableField(field.getSimpleName().toString(), type.simpleName()), field);
      }
    }
  }

  private static boolean marked(ExecutableElement method) {
    return AnnotationMirrors.isAnnotated(method, READ) || AnnotationMirrors.isAnnotated(method, WRITE);
  }

  private static String simple(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
