package dev.shuttle.processor.woven;

import static dev.shuttle.processor.GeneratedNames.capitalize;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.shuttle.ForkJoin;
import dev.shuttle.From;
import dev.shuttle.To;
import dev.shuttle.processor.AnnotationMirrors;
import dev.shuttle.processor.AnnotationOn;
import dev.shuttle.processor.FileNameLimit;
import dev.shuttle.processor.Marks;
import dev.shuttle.processor.OverridePaths;
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
import java.util.concurrent.RecursiveTask;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * {@code @ForkJoin}: validates each range method (its bounds, threshold and pool, and how its
 * results combine) and plans the task that splits its range.
 */
final class ForkJoinGuard implements Guard {
  private static final Set<TypeName> ADDABLE =
      Set.of(TypeName.BYTE, TypeName.SHORT, TypeName.INT, TypeName.LONG, TypeName.FLOAT, TypeName.DOUBLE);

  private final ProcessorContext context;

  ForkJoinGuard(ProcessorContext context) {
    this.context = context;
  }

  @Override
  public Class<? extends Annotation> pattern() {
    return ForkJoin.class;
  }

  @Override
  public GuardOrder order() {
    return GuardOrder.SHAPE;
  }

  @Override
  public Set<Class<? extends Annotation>> annotations() {
    return Set.of(ForkJoin.class, From.class, To.class);
  }

  @Override
  public boolean appliesTo(TypeElement type) {
    return context.marks().reachesAnyMethod(type, ForkJoin.class);
  }

  @Override
  public GuardPlan plan(WovenType type, ValidationReport report) {
    Map<ExecutableElement, ForkJoinSplit> splits = new LinkedHashMap<>();
    OverloadNames names = new OverloadNames();
    for (ExecutableElement method : type.visibleMethods()) {
      Optional<AnnotationOn<ForkJoin>> found = context.marks().find(type.element(), method, ForkJoin.class);
      if (found.isEmpty()) {
        if (type.declares(method)) { // stray bounds on an inherited method are its own class's error
          reportStrayBounds(method, report);
        }
        continue;
      }
      AnnotationOn<ForkJoin> forkJoin = found.get();
      int threshold = forkJoin.values().threshold();
      int parallelism = forkJoin.values().parallelism();
      boolean ok = WovenChecks.checkOverridable(type, method, forkJoin, report);
      if (threshold < 1 && threshold != ForkJoin.AUTO) {
        report.add(Problems.forkJoinThreshold(threshold), forkJoin, ForkJoin::threshold);
        ok = false;
      }
      if (parallelism < 0) {
        report.add(Problems.forkJoinParallelism(parallelism), forkJoin, ForkJoin::parallelism);
        ok = false;
      } else if (parallelism > ForkJoin.MAX_PARALLELISM) {
        report.add(Problems.forkJoinParallelismTooLarge(parallelism), forkJoin, ForkJoin::parallelism);
        ok = false;
      }
      VariableElement from = singleBound(forkJoin, From.class, report);
      VariableElement to = singleBound(forkJoin, To.class, report);
      TypeName boundType = boundType(method, from, to, report);
      ForkJoinSplit.Combine combine = combine(type, method, forkJoin, report);
      if (ok && boundType != null && combine != null) {
        String name = names.next(method);
        String taskName = type.names().newName(capitalize(name) + "Task");
        FileNameLimit.forMethod(type.element(), method, type.generatedName().nestedClass(taskName))
            .ifPresent(problem -> report.add(problem, forkJoin));
        splits.put(method, new ForkJoinSplit(method, taskName, type.names().newName(name + "Pool"),
            type.names().newName(name + "Threshold"), Marks.counterpart(method, from).getSimpleName().toString(),
            Marks.counterpart(method, to).getSimpleName().toString(), boundType, threshold, parallelism, combine,
            type.simpleName() + "." + method.getSimpleName(), OverridePaths.onMethod(type.element(), method,
                ForkJoin.class)));
      }
    }
    return new ForkJoinPlan(type, splits);
  }

  /** The one parameter marked {@code annotation}, or {@code null} after reporting none or several. */
  private static VariableElement singleBound(
      AnnotationOn<ForkJoin> forkJoin, Class<? extends Annotation> bound, ValidationReport report) {
    ExecutableElement method = (ExecutableElement) forkJoin.element();
    List<VariableElement> marked = AnnotationMirrors.parametersAnnotated(method, bound);
    if (marked.isEmpty()) {
      report.add(Problems.forkJoinBoundMissing(TypeChecks.describe(method), bound), forkJoin);
      return null;
    }
    for (VariableElement extra : marked.subList(1, marked.size())) {
      report.add(Problems.forkJoinBoundTwice(TypeChecks.describe(method), bound), AnnotationOn.get(extra, bound));
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
      report.add(Problems.forkJoinBoundsSameParameter(from.getSimpleName().toString(), described),
          AnnotationOn.get(to, To.class));
      return null;
    }
    boolean ok = from == null || checkBoundType(from, From.class, described, report);
    ok &= to == null || checkBoundType(to, To.class, described, report);
    if (!ok || from == null || to == null) {
      return null;
    }
    if (from.asType().getKind() != to.asType().getKind()) {
      report.add(Problems.forkJoinBoundsDiffer(described, TypeChecks.shortName(from.asType()),
          TypeChecks.shortName(to.asType())), AnnotationOn.get(to, To.class));
      return null;
    }
    return TypeName.get(from.asType());
  }

  private static boolean checkBoundType(
      VariableElement bound, Class<? extends Annotation> annotation, String method, ValidationReport report) {
    TypeKind kind = bound.asType().getKind();
    if (kind == TypeKind.INT || kind == TypeKind.LONG) {
      return true;
    }
    report.add(Problems.forkJoinBoundType(annotation, bound.getSimpleName().toString(), method,
        TypeChecks.shortName(bound.asType())), AnnotationOn.get(bound, annotation));
    return false;
  }

  /** How results combine, or {@code null} after reporting why they cannot. */
  private ForkJoinSplit.Combine combine(
      WovenType type, ExecutableElement method, AnnotationOn<ForkJoin> forkJoin, ValidationReport report) {
    String name = forkJoin.values().combine();
    TypeMirror result = method.getReturnType();
    if (result.getKind() == TypeKind.VOID) {
      if (!name.isEmpty()) {
        report.add(Problems.forkJoinCombineOnVoid(TypeChecks.describe(method)), forkJoin, ForkJoin::combine);
        return null;
      }
      return ForkJoinSplit.Combine.none();
    }
    if (name.isEmpty()) {
      TypeName numeric = TypeName.get(result).isBoxedPrimitive() ? TypeName.get(result).unbox() : TypeName.get(result);
      if (ADDABLE.contains(numeric)) {
        return ForkJoinSplit.Combine.plus(numeric);
      }
      report.add(Problems.forkJoinNeedsCombine(TypeChecks.describe(method), TypeChecks.shortName(result)), forkJoin);
      return null;
    }
    List<ExecutableElement> named = type.visibleMethods().stream()
        .filter(m -> m.getSimpleName().contentEquals(name))
        .toList();
    if (named.isEmpty()) {
      report.add(Problems.forkJoinCombineMissing(name, type.simpleName(), TypeChecks.shortName(result),
          TypeChecks.simpleNames(type.visibleMethods())), forkJoin,
          ForkJoin::combine);
      return null;
    }
    Optional<ExecutableElement> combiner = named.stream().filter(m -> combines(type, m, result)).findFirst();
    Optional<ExecutableElement> generic = named.stream().filter(m -> !m.getTypeParameters().isEmpty()).findFirst();
    if (combiner.isEmpty() && generic.isPresent()) {
      report.add(Problems.mustNotDeclareTypeParameters("@ForkJoin(combine = \"" + name + "\"):",
          TypeChecks.describe(generic.get()), TypeChecks.typeParameters(generic.get())), forkJoin, ForkJoin::combine);
      return null;
    }
    if (combiner.isEmpty()) {
      report.add(Problems.forkJoinCombineSignature(name, named.stream().map(TypeChecks::describe).toList(),
          TypeChecks.shortName(result)), forkJoin, ForkJoin::combine);
      return null;
    }
    List<TypeMirror> checked = TypeChecks.checkedExceptions(context, combiner.get());
    if (!checked.isEmpty()) {
      // The combine runs inside RecursiveTask.compute(), which cannot throw a checked exception.
      report.add(Problems.forkJoinCombineThrows(TypeChecks.describe(combiner.get()),
          checked.stream().map(TypeChecks::shortName).toList()), forkJoin, ForkJoin::combine);
      return null;
    }
    return ForkJoinSplit.Combine.method(name, callTarget(type, combiner.get()));
  }

  /** {@code R name(R left, R right)}, or wider parameters and a narrower result; callable from the subclass. */
  private boolean combines(WovenType type, ExecutableElement candidate, TypeMirror result) {
    if (candidate.getModifiers().contains(Modifier.PRIVATE) || !candidate.getTypeParameters().isEmpty()
        || candidate.getParameters().size() != 2) {
      return false;
    }
    ExecutableType signature = type.signature(candidate); // an inherited merge(T, T) of a Base<String>
    for (TypeMirror parameter : signature.getParameterTypes()) {
      if (!TypeChecks.isAssignable(context, result, parameter, candidate)) {
        return false;
      }
    }
    return TypeChecks.isAssignable(context, signature.getReturnType(), result, candidate);
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
    TypeElement task = context.elements().getTypeElement(RecursiveTask.class.getCanonicalName());
    boolean hidden = name.equals(ForkJoinTaskWriter.COMPUTE_DIRECTLY)
        || ElementFilter.methodsIn(context.elements().getAllMembers(task)).stream()
            .anyMatch(m -> m.getSimpleName().contentEquals(name));
    return hidden ? CodeBlock.of("$T.this.$N", type.generatedName(), name) : CodeBlock.of("$N", name);
  }

  private static void reportStrayBounds(ExecutableElement method, ValidationReport report) {
    for (Class<? extends Annotation> bound : List.of(From.class, To.class)) {
      for (VariableElement stray : AnnotationMirrors.parametersAnnotated(method, bound)) {
        report.add(Problems.forkJoinBoundWithoutForkJoin(bound, TypeChecks.describe(method)),
            AnnotationOn.get(stray, bound));
      }
    }
  }
}
