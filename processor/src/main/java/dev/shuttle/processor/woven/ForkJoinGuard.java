package dev.shuttle.processor.woven;

import static dev.shuttle.processor.AnnotationMirrors.explicitValue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.shuttle.processor.AnnotationMirrors;
import dev.shuttle.processor.Messages;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.TypeChecks;
import dev.shuttle.processor.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * {@code @ForkJoin}: validates each range method (its bounds, threshold and pool, and how its
 * results combine) and plans the task that splits its range.
 */
final class ForkJoinGuard implements Guard {
  static final String FORK_JOIN = "dev.shuttle.ForkJoin";
  static final String FROM = "dev.shuttle.From";
  static final String TO = "dev.shuttle.To";
  private static final Set<TypeName> ADDABLE =
      Set.of(TypeName.BYTE, TypeName.SHORT, TypeName.INT, TypeName.LONG, TypeName.FLOAT, TypeName.DOUBLE);

  private final ProcessorContext context;

  ForkJoinGuard(ProcessorContext context) {
    this.context = context;
  }

  @Override
  public String displayName() {
    return "@ForkJoin";
  }

  @Override
  public GuardOrder order() {
    return GuardOrder.SHAPE;
  }

  @Override
  public Set<String> annotations() {
    return Set.of(FORK_JOIN, FROM, TO);
  }

  @Override
  public boolean appliesTo(TypeElement type) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (AnnotationMirrors.isAnnotated(method, FORK_JOIN)
          || !bounds(method, FROM).isEmpty() || !bounds(method, TO).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public GuardPlan plan(WovenType type, ValidationReport report) {
    Map<ExecutableElement, ForkJoinSplit> splits = new LinkedHashMap<>();
    OverloadNames names = new OverloadNames();
    for (ExecutableElement method : ElementFilter.methodsIn(type.element().getEnclosedElements())) {
      Optional<AnnotationMirror> forkJoin = AnnotationMirrors.find(method, FORK_JOIN);
      if (forkJoin.isEmpty()) {
        reportStrayBounds(method, report);
        continue;
      }
      AnnotationMirror mirror = forkJoin.get();
      int threshold = AnnotationMirrors.intValue(context.elements(), mirror, "threshold");
      int parallelism = AnnotationMirrors.intValue(context.elements(), mirror, "parallelism");
      boolean ok = WovenChecks.checkOverridable(type, method, "@ForkJoin", mirror, report);
      if (threshold < 1) {
        report.error(Messages.forkJoinThreshold(threshold), method, mirror, explicitValue(mirror, "threshold"));
        ok = false;
      }
      if (parallelism < 0) {
        report.error(Messages.forkJoinParallelism(parallelism), method, mirror, explicitValue(mirror, "parallelism"));
        ok = false;
      }
      VariableElement from = singleBound(method, FROM, "@From", mirror, report);
      VariableElement to = singleBound(method, TO, "@To", mirror, report);
      TypeName boundType = boundType(method, from, to, report);
      ForkJoinSplit.Combine combine = combine(type, method, mirror, report);
      if (ok && boundType != null && combine != null) {
        String name = names.next(method);
        splits.put(method, new ForkJoinSplit(method, name, from.getSimpleName().toString(),
            to.getSimpleName().toString(), boundType, threshold, parallelism, combine,
            type.simpleName() + "." + method.getSimpleName()));
      }
    }
    return new ForkJoinPlan(type, splits);
  }

  /** The one parameter marked {@code annotation}, or {@code null} after reporting none or several. */
  private static VariableElement singleBound(
      ExecutableElement method, String annotation, String shown, AnnotationMirror forkJoin, ValidationReport report) {
    List<VariableElement> marked = bounds(method, annotation);
    if (marked.isEmpty()) {
      report.error(Messages.forkJoinBoundMissing(TypeChecks.describe(method), shown), method, forkJoin);
      return null;
    }
    for (VariableElement extra : marked.subList(1, marked.size())) {
      report.error(Messages.forkJoinBoundTwice(TypeChecks.describe(method), shown), extra,
          AnnotationMirrors.find(extra, annotation).orElseThrow());
    }
    return marked.size() == 1 ? marked.get(0) : null;
  }

  /**
   * {@code int} or {@code long}, the same for both bounds; {@code null} after reporting otherwise,
   * or when a bound is missing (already reported).
   */
  private static TypeName boundType(
      ExecutableElement method, VariableElement from, VariableElement to, ValidationReport report) {
    String described = TypeChecks.describe(method);
    if (from != null && from.equals(to)) {
      report.error(Messages.forkJoinBoundsSameParameter(from.getSimpleName().toString(), described), to,
          AnnotationMirrors.find(to, TO).orElseThrow());
      return null;
    }
    boolean ok = from == null || checkBoundType(from, FROM, "@From", described, report);
    ok &= to == null || checkBoundType(to, TO, "@To", described, report);
    if (!ok || from == null || to == null) {
      return null;
    }
    if (from.asType().getKind() != to.asType().getKind()) {
      report.error(Messages.forkJoinBoundsDiffer(described, TypeChecks.shortName(from.asType()),
          TypeChecks.shortName(to.asType())), to, AnnotationMirrors.find(to, TO).orElseThrow());
      return null;
    }
    return TypeName.get(from.asType());
  }

  private static boolean checkBoundType(
      VariableElement bound, String annotation, String shown, String method, ValidationReport report) {
    TypeKind kind = bound.asType().getKind();
    if (kind == TypeKind.INT || kind == TypeKind.LONG) {
      return true;
    }
    report.error(Messages.forkJoinBoundType(shown, bound.getSimpleName().toString(), method,
        TypeChecks.shortName(bound.asType())), bound, AnnotationMirrors.find(bound, annotation).orElseThrow());
    return false;
  }

  /** How results combine, or {@code null} after reporting why they cannot. */
  private ForkJoinSplit.Combine combine(
      WovenType type, ExecutableElement method, AnnotationMirror mirror, ValidationReport report) {
    String name = AnnotationMirrors.stringValue(context.elements(), mirror, "combine");
    TypeMirror result = method.getReturnType();
    if (result.getKind() == TypeKind.VOID) {
      if (!name.isEmpty()) {
        report.error(Messages.forkJoinCombineOnVoid(TypeChecks.describe(method)), method, mirror,
            explicitValue(mirror, "combine"));
        return null;
      }
      return ForkJoinSplit.Combine.none();
    }
    if (name.isEmpty()) {
      TypeName numeric = TypeName.get(result).isBoxedPrimitive() ? TypeName.get(result).unbox() : TypeName.get(result);
      if (ADDABLE.contains(numeric)) {
        return ForkJoinSplit.Combine.plus(numeric);
      }
      report.error(Messages.forkJoinNeedsCombine(TypeChecks.describe(method), TypeChecks.shortName(result)), method, mirror);
      return null;
    }
    List<ExecutableElement> named = type.visibleMethods().stream()
        .filter(m -> m.getSimpleName().contentEquals(name))
        .toList();
    if (named.isEmpty()) {
      report.error(Messages.forkJoinCombineMissing(name, type.simpleName(), TypeChecks.shortName(result)), method, mirror,
          explicitValue(mirror, "combine"));
      return null;
    }
    Optional<ExecutableElement> combiner = named.stream().filter(m -> combines(m, result)).findFirst();
    if (combiner.isEmpty()) {
      report.error(Messages.forkJoinCombineSignature(name,
              named.stream().map(TypeChecks::describe).collect(Collectors.toList()), TypeChecks.shortName(result)),
          method, mirror, explicitValue(mirror, "combine"));
      return null;
    }
    return ForkJoinSplit.Combine.method(name, callTarget(type, combiner.get()));
  }

  /** {@code R name(R left, R right)}, or wider parameters and a narrower result; callable from the subclass. */
  private boolean combines(ExecutableElement candidate, TypeMirror result) {
    if (candidate.getModifiers().contains(Modifier.PRIVATE) || !candidate.getTypeParameters().isEmpty()
        || candidate.getParameters().size() != 2) {
      return false;
    }
    for (VariableElement parameter : candidate.getParameters()) {
      if (!context.types().isAssignable(result, parameter.asType())) {
        return false;
      }
    }
    return context.types().isAssignable(candidate.getReturnType(), result);
  }

  /**
   * How the nested task calls the combiner: by its simple name, unless the task inherits a method
   * of that name from {@code RecursiveTask} (say {@code join}), which would hide it.
   */
  private CodeBlock callTarget(WovenType type, ExecutableElement combiner) {
    String name = combiner.getSimpleName().toString();
    if (combiner.getModifiers().contains(Modifier.STATIC)) {
      return CodeBlock.of("$T.$N", ClassName.get((TypeElement) combiner.getEnclosingElement()), name);
    }
    TypeElement task = context.elements().getTypeElement("java.util.concurrent.RecursiveTask");
    boolean hidden = ElementFilter.methodsIn(context.elements().getAllMembers(task)).stream()
        .anyMatch(m -> m.getSimpleName().contentEquals(name));
    return hidden ? CodeBlock.of("$T.this.$N", type.generatedName(), name) : CodeBlock.of("$N", name);
  }

  private static void reportStrayBounds(ExecutableElement method, ValidationReport report) {
    for (String annotation : List.of(FROM, TO)) {
      String shown = annotation.equals(FROM) ? "@From" : "@To";
      for (VariableElement stray : bounds(method, annotation)) {
        report.error(Messages.forkJoinBoundWithoutForkJoin(shown, TypeChecks.describe(method)), stray,
            AnnotationMirrors.find(stray, annotation).orElseThrow());
      }
    }
  }

  private static List<VariableElement> bounds(ExecutableElement method, String annotation) {
    List<VariableElement> marked = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      if (AnnotationMirrors.isAnnotated(parameter, annotation)) {
        marked.add(parameter);
      }
    }
    return marked;
  }
}
