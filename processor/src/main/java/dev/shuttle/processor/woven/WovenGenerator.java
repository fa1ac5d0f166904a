package dev.shuttle.processor.woven;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.shuttle.processor.CarriedAnnotations;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.SourceWriter;
import dev.shuttle.processor.ValidationReport;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;

/**
 * Writes {@code ConcurrentFoo}: Foo's constructors, the guards' members, one override per guarded
 * method, and the {@link ObjectsAccessor}.
 */
final class WovenGenerator {
  private final ProcessorContext context;

  WovenGenerator(ProcessorContext context) {
    this.context = context;
  }

  /**
   * @param plans in {@link GuardOrder}, outermost first
   * @param report where a name the woven class cannot write goes, instead of a broken file
   */
  void generate(WovenType type, List<String> annotations, List<GuardPlan> plans, ValidationReport report) {
    TypeSpec.Builder woven = SourceWriter.newClass(type.generatedName(), String.join(", ", annotations), type.element())
        .addJavadoc("\n<p>Use it wherever {@code $L} is expected: it has the same constructors, and each guarded\n",
            type.simpleName())
        .addJavadoc("method passes through its guards, then runs the original. Calls from inside {@code $L} to its\n",
            type.simpleName())
        .addJavadoc("own guarded methods are guarded too.\n")
        .superclass(superclass(type))
        .alwaysQualify(type.names().variables());
    if (type.element().getModifiers().contains(Modifier.PUBLIC)) {
      woven.addModifiers(Modifier.PUBLIC);
    }
    for (TypeParameterElement typeParameter : type.element().getTypeParameters()) {
      woven.addTypeVariable(TypeVariableName.get(typeParameter));
    }
    plans.forEach(plan -> plan.addMembers(woven));
    List<MethodSpec> constructors = type.keptConstructors().stream()
        .map(constructor -> constructor(type, constructor))
        .toList();
    if (!isImplicitDefault(constructors, type.element().getModifiers().contains(Modifier.PUBLIC))) {
      woven.addMethods(constructors);
    }
    List<VariableElement> parameters = new ArrayList<>();
    for (ExecutableElement method : type.visibleMethods()) {
      List<GuardPlan> guarding = plans.stream().filter(plan -> plan.guards(method)).toList();
      if (!guarding.isEmpty()) {
        woven.addMethods(override(type, new WovenMethod(method), guarding));
        parameters.addAll(method.getParameters());
      }
    }
    ObjectsAccessor.method(type, plans).ifPresent(woven::addMethod);
    context.sourceWriter().writeSubclass(type.generatedName(), woven, type.element(), parameters, report);
  }

  private static TypeName superclass(WovenType type) {
    ClassName user = ClassName.get(type.element());
    List<? extends TypeParameterElement> parameters = type.element().getTypeParameters();
    if (parameters.isEmpty()) {
      return user;
    }
    return ParameterizedTypeName.get(user, parameters.stream().map(TypeVariableName::get).toArray(TypeName[]::new));
  }

  /**
   * Same parameters, varargs, type parameters and exceptions; passes everything to super. A public
   * or protected constructor is public: {@code ConcurrentFoo} is the class callers construct, and a
   * protected one would let only its package and its own subclasses do so. A package-private one
   * stays package-private.
   */
  private static MethodSpec constructor(WovenType type, ExecutableElement constructor) {
    MethodSpec.Builder copy = MethodSpec.constructorBuilder().varargs(constructor.isVarArgs());
    CarriedAnnotations.copyTo(copy, constructor);
    if (constructor.getModifiers().contains(Modifier.PUBLIC) || constructor.getModifiers().contains(Modifier.PROTECTED)) {
      copy.addModifiers(Modifier.PUBLIC);
    }
    for (TypeParameterElement typeParameter : constructor.getTypeParameters()) {
      copy.addTypeVariable(TypeVariableName.get(typeParameter));
    }
    List<String> arguments = new ArrayList<>();
    for (VariableElement parameter : constructor.getParameters()) {
      copy.addParameter(ParameterSpec.builder(type.typeName(parameter.asType()), parameter.getSimpleName().toString())
          .build());
      arguments.add(parameter.getSimpleName().toString());
    }
    for (TypeMirror thrown : constructor.getThrownTypes()) {
      copy.addException(type.typeName(thrown));
    }
    if (!arguments.isEmpty()) {
      copy.addStatement("super($L)", String.join(", ", arguments));
    }
    return copy.build();
  }

  /**
   * Whether {@code constructors} are just the one javac writes when a class declares none: no
   * parameters, nothing thrown, the class's own access, no annotation (a copied {@code @Deprecated}).
   * Then the woven class declares none either.
   */
  private static boolean isImplicitDefault(List<MethodSpec> constructors, boolean publicClass) {
    if (constructors.size() != 1) {
      return false;
    }
    MethodSpec only = constructors.get(0);
    boolean sameAccess = publicClass
        ? only.modifiers().contains(Modifier.PUBLIC)
        : only.modifiers().isEmpty();
    return sameAccess && only.parameters().isEmpty() && only.exceptions().isEmpty() && only.typeVariables().isEmpty()
        && only.annotations().isEmpty();
  }

  /** The override, then the entries past a guard that some guard asks for ({@link GuardPlan#entryPast}). */
  private List<MethodSpec> override(WovenType type, WovenMethod method, List<GuardPlan> guarding) {
    MethodSpec.Builder override = overriding(type, method.element());
    for (int i = 0; i < guarding.size(); i++) {
      override.addJavadoc(i == 0 ? "" : "\n<p>").addJavadoc(guarding.get(i).describe(method.element()));
    }
    List<MethodSpec> methods = new ArrayList<>();
    CallCode body = innermost(method, guarding);
    for (int i = guarding.size() - 1; i >= 0; i--) { // innermost guard first
      GuardPlan guard = guarding.get(i);
      Optional<GuardPlan.Entry> entry = guard.entryPast(method.element());
      if (entry.isPresent()) {
        methods.add(signature(type, method.element(), entry.get().name())
            .addJavadoc(entry.get().javadoc())
            .addModifiers(Modifier.FINAL)
            .addCode(body.statements())
            .build());
        body = CallCode.expression(CodeBlock.of("$N($L)", entry.get().name(), method.arguments()), !method.returnsVoid());
      }
      body = guard.wrap(method, body);
    }
    methods.add(0, override.addCode(body.statements()).build());
    return methods;
  }

  /**
   * What JavaPoet's {@code MethodSpec.overriding} declares (the method as a member of the woven
   * class, without {@code abstract} or {@code default}), with its types spelled by {@link
   * WovenType#typeName}, so that a generated type it mentions is named too.
   */
  private static MethodSpec.Builder overriding(WovenType type, ExecutableElement method) {
    Set<Modifier> modifiers = EnumSet.noneOf(Modifier.class);
    modifiers.addAll(method.getModifiers());
    modifiers.removeAll(Set.of(Modifier.ABSTRACT, Modifier.DEFAULT));
    MethodSpec.Builder override = signature(type, method, method.getSimpleName().toString())
        .addAnnotation(Override.class)
        .addModifiers(modifiers);
    CarriedAnnotations.copyTo(override, method);
    return override;
  }

  /** A method {@code name} with {@code method}'s return type, type parameters, parameters and exceptions. */
  private static MethodSpec.Builder signature(WovenType type, ExecutableElement method, String name) {
    ExecutableType signature = type.signature(method);
    MethodSpec.Builder declared = MethodSpec.methodBuilder(name)
        .returns(type.typeName(signature.getReturnType()))
        .varargs(method.isVarArgs());
    for (TypeParameterElement typeParameter : method.getTypeParameters()) {
      declared.addTypeVariable(TypeVariableName.get((TypeVariable) typeParameter.asType()));
    }
    for (int i = 0; i < method.getParameters().size(); i++) {
      VariableElement parameter = method.getParameters().get(i);
      declared.addParameter(ParameterSpec.builder(type.typeName(signature.getParameterTypes().get(i)),
          parameter.getSimpleName().toString()).addModifiers(parameter.getModifiers()).build());
    }
    signature.getThrownTypes().forEach(thrown -> declared.addException(type.typeName(thrown)));
    return declared;
  }

  /** What the guards wrap: the original method, or for an abstract one, the body a guard implements it with. */
  private static CallCode innermost(WovenMethod method, List<GuardPlan> guarding) {
    for (GuardPlan plan : guarding) {
      if (plan.implementsAbstract(method.element())) {
        return plan.implementation(method);
      }
    }
    return CallCode.expression(CodeBlock.of("super.$L($L)", method.name(), method.arguments()), !method.returnsVoid());
  }
}
