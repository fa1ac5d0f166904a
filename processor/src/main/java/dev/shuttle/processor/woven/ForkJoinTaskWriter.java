package dev.shuttle.processor.woven;

import static dev.shuttle.processor.RuntimeNames.FORK_JOINS;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.RecursiveTask;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;

/**
 * Writes the nested task of one {@code @ForkJoin} method, the classic {@code SumTask} shape: a
 * {@code RecursiveTask} (a {@code RecursiveAction} for {@code void}) with one field per argument,
 * whose {@code compute()} runs a small range on the original method and splits a larger one in
 * halves, forking one and computing the other.
 */
final class ForkJoinTaskWriter {
  /** The task's own method that runs the original on a small range; it hides a user method so named. */
  static final String COMPUTE_DIRECTLY = "computeDirectly";

  private final WovenType type;
  private final ForkJoinSplit split;
  private final WovenMethod method;
  private final ClassName taskClass;
  /** The task as its code refers to it: {@code SumTask}, or {@code ReduceTask<T>} for a generic method. */
  private final TypeName taskType;
  private final Locals locals;

  ForkJoinTaskWriter(WovenType type, ForkJoinSplit split) {
    this.type = type;
    this.split = split;
    this.method = new WovenMethod(split.method());
    this.taskClass = type.generatedName().nestedClass(split.taskName());
    List<TypeVariableName> variables = typeVariables();
    this.taskType = variables.isEmpty() ? taskClass
        : ParameterizedTypeName.get(taskClass, variables.toArray(TypeName[]::new));
    this.locals = new Locals(split);
  }

  /**
   * {@code new SumTask(array, start, end, ForkJoins.leafSize(sumPool, end - start, sumThreshold))}:
   * the task for the whole range of a call, with the threshold in force for it (for
   * {@code AUTO}, sized for this range in the pool it will run in).
   */
  CodeBlock newTask() {
    return CodeBlock.of("new $T$L($L,$W$T.leafSize($N, $N - $N, $N))", taskClass, diamond(), method.arguments(),
        FORK_JOINS, split.poolField(), split.to(), split.from(), split.thresholdField());
  }

  TypeSpec write() {
    TypeSpec.Builder task = TypeSpec.classBuilder(taskClass)
        .addJavadoc(javadoc())
        .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "serial").build())
        .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
        .addTypeVariables(typeVariables())
        .superclass(method.returnsVoid() ? ClassName.get(RecursiveAction.class)
            : ParameterizedTypeName.get(ClassName.get(RecursiveTask.class), resultType().box()));
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (VariableElement parameter : split.method().getParameters()) {
      String name = parameter.getSimpleName().toString();
      TypeName fieldType = type.typeName(parameter.asType());
      task.addField(fieldType, name, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addParameter(fieldType, name).addStatement("this.$N = $N", name, name);
    }
    // decided by the first task, handed down to every part of its range
    task.addField(split.boundType(), locals.threshold, Modifier.PRIVATE, Modifier.FINAL);
    constructor.addParameter(split.boundType(), locals.threshold)
        .addStatement("this.$N = $N", locals.threshold, locals.threshold);
    return task.addMethod(constructor.build())
        .addMethod(compute())
        .addMethod(computeDirectly())
        .build();
  }

  private CodeBlock javadoc() {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("Runs {@code $L} over {@code [$L, $L)} by divide and conquer.\n\n", split.description(), split.from(),
            split.to())
        .add("<p>A range of at most {@code $L} runs the original method. A larger one is split in halves:\n",
            locals.threshold)
        .add("one is forked, for an idle worker to steal, while this thread computes the other");
    return switch (split.combine().combining()) {
      case NONE -> doc.add(".\n").build();
      case PLUS -> doc.add(";\ntheir results are added up.\n").build();
      case METHOD -> doc.add(";\ntheir results are combined with {@code $L}.\n", split.combine().method()).build();
    };
  }

  private MethodSpec compute() {
    CodeBlock.Builder body = CodeBlock.builder()
        .beginControlFlow("if ($N - $N <= $N)", split.to(), split.from(), locals.threshold);
    if (method.returnsVoid()) {
      body.addStatement("$N()", COMPUTE_DIRECTLY).addStatement("return");
    } else {
      body.addStatement("return $N()", COMPUTE_DIRECTLY);
    }
    body.endControlFlow()
        .addStatement("$T $N = $N + ($N - $N) / 2", split.boundType(), locals.middle, split.from(), split.to(),
            split.from())
        .addStatement("$T $N = new $T$L($L)", taskType, locals.left, taskClass, diamond(),
            arguments(split.from(), locals.middle))
        .addStatement("$T $N = new $T$L($L)", taskType, locals.right, taskClass, diamond(),
            arguments(locals.middle, split.to()))
        .addStatement("$N.fork()", locals.left);
    ForkJoinSplit.Combine combine = split.combine();
    switch (combine.combining()) {
      case NONE -> body.addStatement("$N.compute()", locals.right).addStatement("$N.join()", locals.left);
      case PLUS -> body.addStatement(combine.narrowing() == null ? "return $N.compute() + $N.join()"
          : "return ($T) ($N.compute() + $N.join())", plusArguments(combine));
      // both results in locals of the combine's type: a boxed join() beside a primitive would make
      // an overload taking Objects as good a match as the combine
      case METHOD -> body.addStatement("$T $N = $N.compute()", resultType(), locals.rightResult, locals.right)
          .addStatement("$T $N = $N.join()", resultType(), locals.leftResult, locals.left)
          .addStatement("return $L($N, $N)", combine.target(), locals.leftResult, locals.rightResult);
    }
    return MethodSpec.methodBuilder("compute")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(method.returnsVoid() ? TypeName.VOID : resultType().box())
        .addCode(body.build())
        .build();
  }

  private Object[] plusArguments(ForkJoinSplit.Combine combine) {
    return combine.narrowing() == null ? new Object[] {locals.right, locals.left}
        : new Object[] {combine.narrowing(), locals.right, locals.left};
  }

  /** The leaf: the original method on this task's range, its failure carried to the caller as is. */
  private MethodSpec computeDirectly() {
    String call = "$T.super.$N($L)";
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("try");
    if (method.returnsVoid()) {
      body.addStatement(call, type.generatedName(), method.name(), method.arguments());
    } else {
      body.addStatement("return " + call, type.generatedName(), method.name(), method.arguments());
    }
    body.nextControlFlow("catch ($T $N)", Throwable.class, locals.failure)
        .addStatement("throw $T.carry($N)", FORK_JOINS, locals.failure)
        .endControlFlow();
    return MethodSpec.methodBuilder(COMPUTE_DIRECTLY)
        .addJavadoc("The original method on this range. What it throws reaches the caller as is:\n")
        .addJavadoc("{@code join()} alone would rethrow a copy made on the joining thread.\n")
        .addModifiers(Modifier.PRIVATE)
        .returns(resultType())
        .addCode(body.build())
        .build();
  }

  /** The constructor's arguments for a sub-range: every field, with the bounds replaced. */
  private String arguments(String from, String to) {
    List<String> arguments = new ArrayList<>(split.method().getParameters().stream()
        .map(p -> p.getSimpleName().toString())
        .map(name -> name.equals(split.from()) ? from : name.equals(split.to()) ? to : name)
        .toList());
    arguments.add(locals.threshold);
    return String.join(", ", arguments);
  }

  private TypeName resultType() {
    return type.typeName(split.method().getReturnType());
  }

  private List<TypeVariableName> typeVariables() {
    return split.method().getTypeParameters().stream().map(TypeVariableName::get).toList();
  }

  private String diamond() {
    return split.method().getTypeParameters().isEmpty() ? "" : "<>";
  }

  /**
   * Names of {@code compute()}'s locals and the threshold field: the textbook names, unless a
   * parameter (hence a field) already has one, then with a number.
   */
  private static final class Locals {
    final String threshold;
    final String middle;
    final String left;
    final String right;
    final String rightResult;
    final String leftResult;
    final String failure;

    Locals(ForkJoinSplit split) {
      Set<String> taken = new HashSet<>();
      for (TypeParameterElement variable : split.method().getTypeParameters()) {
        taken.add(variable.getSimpleName().toString());
      }
      split.method().getParameters().forEach(p -> taken.add(p.getSimpleName().toString()));
      threshold = fresh("threshold", taken);
      middle = fresh("middle", taken);
      left = fresh("left", taken);
      right = fresh("right", taken);
      rightResult = fresh("rightResult", taken);
      leftResult = fresh("leftResult", taken);
      failure = fresh("failure", taken);
    }

    private static String fresh(String name, Set<String> taken) {
      String candidate = name;
      for (int i = 2; !taken.add(candidate); i++) {
        candidate = name + i;
      }
      return candidate;
    }
  }
}
