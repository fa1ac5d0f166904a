package dev.shuttle.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The annotations generated code takes over from the user's code, so that it compiles warning-free under
 * {@code -Xlint:all} and callers see what they would see on the original. Generated code names the user's class,
 * repeats its members' signatures and calls those members, so a warning that the user's own code causes (a
 * deprecated class or member, a raw type, a generic varargs parameter) would show in the generated file too: that
 * file suppresses exactly those causes, and nothing else, so a warning of Shuttle's own making still shows. A
 * generated member that stands for a user's one keeps its {@code @Deprecated} and {@code @SafeVarargs}.
 */
public final class CarriedAnnotations {
  private static final ClassName SUPPRESS_WARNINGS = ClassName.get(SuppressWarnings.class);
  private static final ClassName DEPRECATED = ClassName.get(Deprecated.class);
  private static final ClassName SAFE_VARARGS = ClassName.get(SafeVarargs.class);

  private final Elements elements;
  private final Types types;

  CarriedAnnotations(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * Puts one {@code @SuppressWarnings} on {@code generated}, listing the warnings that {@code userClass} brings
   * into code generated from it, if it brings any: through the class itself, the types it is nested in, and the
   * members generated code can reach (declared or inherited, {@code Object}'s aside), with every type their
   * signatures mention.
   */
  void addTo(TypeSpec.Builder generated, TypeElement userClass) {
    Set<String> causes = new TreeSet<>();
    DeclaredType declared = (DeclaredType) userClass.asType();
    mentioned(declared, causes);
    userClass.getTypeParameters().forEach(parameter -> bounds(parameter, causes));
    for (Element member : elements.getAllMembers(userClass)) {
      if (member instanceof ExecutableElement executable && reachable(executable)) {
        member(executable, (ExecutableType) types.asMemberOf(declared, executable), causes);
      }
    }
    if (!causes.isEmpty()) {
      CodeBlock values = CodeBlock.join(causes.stream().map(cause -> CodeBlock.of("$S", cause)).toList(), ", ");
      generated.addAnnotation(AnnotationSpec.builder(SUPPRESS_WARNINGS)
          .addMember("value", causes.size() == 1 ? "$L" : "{$L}", values) // one line, not JavaPoet's one per value
          .build());
    }
  }

  /**
   * Copies {@code original}'s {@code @Deprecated} (with its {@code since} and {@code forRemoval}) and
   * {@code @SafeVarargs} onto {@code generated}, the proxy, override or constructor that stands for it. A method
   * that keeps {@code @SafeVarargs} is made final, as the annotation requires: only a proxy in a final class
   * can carry it, since an original that has it cannot be overridden.
   */
  public static void copyTo(MethodSpec.Builder generated, ExecutableElement original) {
    Deprecated deprecated = original.getAnnotation(Deprecated.class);
    if (deprecated != null) {
      List<CodeBlock> values = new ArrayList<>();
      if (!deprecated.since().isEmpty()) {
        values.add(CodeBlock.of("since = $S", deprecated.since()));
      }
      if (deprecated.forRemoval()) {
        values.add(CodeBlock.of("forRemoval = true"));
      }
      AnnotationSpec.Builder copy = AnnotationSpec.builder(DEPRECATED);
      if (!values.isEmpty()) { // as one unnamed value, on one line: JavaPoet gives each named one a line of its own
        copy.addMember("value", "$L", CodeBlock.join(values, ", "));
      }
      generated.addAnnotation(copy.build());
    }
    if (original.getAnnotation(SafeVarargs.class) != null) {
      generated.addAnnotation(SAFE_VARARGS);
      if (original.getKind() == ElementKind.METHOD) {
        generated.addModifiers(Modifier.FINAL);
      }
    }
  }

  /** Whether generated code may name {@code member}: not private, and not {@code Object}'s (its deprecated finalize). */
  private boolean reachable(ExecutableElement member) {
    TypeElement owner = (TypeElement) member.getEnclosingElement();
    return !member.getModifiers().contains(Modifier.PRIVATE)
        && !owner.getQualifiedName().contentEquals(Object.class.getCanonicalName());
  }

  private void member(ExecutableElement member, ExecutableType signature, Set<String> causes) {
    deprecation(member, causes);
    signature.getParameterTypes().forEach(type -> mentioned(type, causes));
    mentioned(signature.getReturnType(), causes);
    signature.getThrownTypes().forEach(type -> mentioned(type, causes));
    member.getTypeParameters().forEach(parameter -> bounds(parameter, causes));
    List<? extends TypeMirror> parameters = signature.getParameterTypes();
    if (!member.isVarArgs() || isReifiable(((ArrayType) parameters.get(parameters.size() - 1)).getComponentType())) {
      return;
    }
    // Unless the user vouches for the array, the generated declaration is "possible heap pollution" as the user's
    // is; if they do, the copy that hands the array on to theirs is as safe, but javac cannot tell.
    causes.add(member.getAnnotation(SafeVarargs.class) == null ? "unchecked" : "varargs");
  }

  private void bounds(TypeParameterElement parameter, Set<String> causes) {
    parameter.getBounds().forEach(bound -> mentioned(bound, causes));
  }

  /** Adds what naming {@code type} warns about; a type variable's bounds are read where it is declared. */
  private void mentioned(TypeMirror type, Set<String> causes) {
    if (type instanceof ArrayType array) {
      mentioned(array.getComponentType(), causes);
    } else if (type instanceof WildcardType wildcard) {
      if (wildcard.getExtendsBound() != null) {
        mentioned(wildcard.getExtendsBound(), causes);
      }
      if (wildcard.getSuperBound() != null) {
        mentioned(wildcard.getSuperBound(), causes);
      }
    } else if (type instanceof IntersectionType intersection) {
      intersection.getBounds().forEach(bound -> mentioned(bound, causes));
    } else if (type.getKind() == TypeKind.DECLARED) {
      DeclaredType declared = (DeclaredType) type;
      for (Element e = declared.asElement(); e instanceof TypeElement; e = e.getEnclosingElement()) {
        deprecation(e, causes); // Outer.Key names Outer too
      }
      if (!((TypeElement) declared.asElement()).getTypeParameters().isEmpty() && declared.getTypeArguments().isEmpty()) {
        causes.add("rawtypes");
        causes.add("unchecked"); // what generated code does with a raw type's values
      }
      declared.getTypeArguments().forEach(argument -> mentioned(argument, causes));
      mentioned(declared.getEnclosingType(), causes);
    }
  }

  private void deprecation(Element element, Set<String> causes) {
    if (elements.isDeprecated(element)) {
      Deprecated deprecated = element.getAnnotation(Deprecated.class);
      causes.add(deprecated != null && deprecated.forRemoval() ? "removal" : "deprecation");
    }
  }

  /** JLS 4.7: whether an array of {@code type} keeps its element type at run time. */
  private static boolean isReifiable(TypeMirror type) {
    return switch (type.getKind()) {
      case ARRAY -> isReifiable(((ArrayType) type).getComponentType());
      case TYPEVAR -> false;
      case DECLARED -> ((DeclaredType) type).getTypeArguments().stream().allMatch(CarriedAnnotations::isUnboundedWildcard)
          && isReifiable(((DeclaredType) type).getEnclosingType());
      default -> true;
    };
  }

  private static boolean isUnboundedWildcard(TypeMirror type) {
    return type instanceof WildcardType wildcard && wildcard.getExtendsBound() == null
        && wildcard.getSuperBound() == null;
  }
}
