package dev.shuttle.processor.woven;

import static dev.shuttle.processor.RuntimeNames.SHUTTLE_OBJECT;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.shuttle.processor.Identifiers;
import dev.shuttle.processor.Problems;
import dev.shuttle.processor.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/**
 * {@code shuttleObjects()}, the public method of a woven class that lists the instance's runtime
 * objects (its rate limiters, its lock, the pools its methods run on) with their snapshots, each
 * with the user's class and method, which only the generated code knows. Its name is fixed, so
 * that users can call it: it is taken from the class's {@link Identifiers} before any guard
 * allocates its members, and a method of the user's type that it would clash with is an error.
 * A woven class without such objects (only {@code @ForkJoin}) has no accessor.
 */
final class ObjectsAccessor {
  static final String NAME = "shuttleObjects";

  private ObjectsAccessor() {}

  /** Takes the accessor's name, so that no member a guard adds gets it. Call before the guards plan. */
  static void reserve(Identifiers names) {
    names.newName(NAME);
  }

  /** The objects the accessor lists: each plan's, then the pools'. */
  static List<CodeBlock> objects(WovenType type, List<GuardPlan> plans) {
    String className = type.element().getQualifiedName().toString();
    List<CodeBlock> objects = new ArrayList<>();
    plans.forEach(plan -> objects.addAll(plan.objects(className)));
    objects.addAll(type.pools().objects(className));
    return objects;
  }

  /**
   * Reports a method of the user's type that the accessor would clash with: a non-private
   * {@code shuttleObjects()} without parameters, declared (on it) or inherited (on the type).
   */
  static void check(WovenType type, List<GuardPlan> plans, ValidationReport report) {
    if (objects(type, plans).isEmpty()) {
      return;
    }
    for (ExecutableElement method : type.visibleMethods()) {
      if (method.getSimpleName().contentEquals(NAME) && method.getParameters().isEmpty()
          && !method.getModifiers().contains(Modifier.PRIVATE)) {
        report.add(Problems.wovenAccessorClash(type.simpleName(), type.generatedName().simpleName(), NAME),
            type.declares(method) ? method : type.element());
      }
    }
  }

  /** The accessor, if the class has objects to list. */
  static Optional<MethodSpec> method(WovenType type, List<GuardPlan> plans) {
    List<CodeBlock> objects = objects(type, plans);
    if (objects.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(MethodSpec.methodBuilder(NAME)
        .addJavadoc("This instance's Shuttle objects (its rate limiters, its lock and the pools its methods run\n")
        .addJavadoc("on), each with its name, class, method and a snapshot on demand; {@code Shuttle.registry()}\n")
        .addJavadoc("lists them too, among every live object of the process.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), SHUTTLE_OBJECT))
        .addStatement("return $T.of(\n$L)", List.class, CodeBlock.join(objects, ",\n"))
        .build());
  }
}
