package dev.shuttle.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/**
 * Whether a generated class can name every type in a signature it copies: parameter, return and
 * thrown types, their type arguments and the bounds of type variables. A private nested type (or
 * one nested in a private type) cannot be named outside its top-level class, and a type of another
 * package only if it is public (or protected, from a subclass).
 */
public final class SignatureAccess {
  private SignatureAccess() {}

  /**
   * Reports the first type that {@code generated} cannot name in the signature of {@code method} (or
   * constructor), as a member of {@code type}.
   *
   * @param subclass whether {@code generated} extends {@code type}
   * @param report takes the problem; the caller picks the element it goes on
   * @return whether every type can be named
   */
  public static boolean check(ProcessorContext context, TypeElement type, ExecutableElement method,
      ClassName generated, boolean subclass, Consumer<Problem> report) {
    ExecutableType signature = TypeChecks.memberSignature(context, type, method);
    Optional<TypeElement> hidden = firstHidden(signature, generated.packageName(), subclass);
    hidden.ifPresent(named -> report.accept(TypeChecks.isPrivateOrInPrivate(named)
        ? Problems.signatureTypePrivate(TypeChecks.describe(method), nestedName(named), generated.simpleName())
        : Problems.signatureTypeNotPublic(TypeChecks.describe(method), nestedName(named),
            packageOf(named).getQualifiedName().toString(), generated.simpleName())));
    return hidden.isEmpty();
  }

  private static Optional<TypeElement> firstHidden(ExecutableType signature, String generatedPackage,
      boolean subclass) {
    List<TypeMirror> mentioned = new ArrayList<>(signature.getParameterTypes());
    mentioned.add(signature.getReturnType());
    mentioned.addAll(signature.getThrownTypes());
    for (TypeVariable variable : signature.getTypeVariables()) {
      mentioned.add(variable.getUpperBound());
    }
    List<TypeElement> named = new ArrayList<>();
    mentioned.forEach(type -> collect(type, named));
    return named.stream().filter(type -> !canName(type, generatedPackage, subclass)).findFirst();
  }

  /** Every class or interface {@code type} names, type arguments and bounds included. */
  private static void collect(TypeMirror type, List<TypeElement> named) {
    switch (type.getKind()) {
      case DECLARED -> {
        DeclaredType declared = (DeclaredType) type;
        named.add((TypeElement) declared.asElement());
        collect(declared.getEnclosingType(), named); // Outer<K>.Inner
        declared.getTypeArguments().forEach(argument -> collect(argument, named));
      }
      case ARRAY -> collect(((ArrayType) type).getComponentType(), named);
      case WILDCARD -> {
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getExtendsBound() != null) {
          collect(wildcard.getExtendsBound(), named);
        }
        if (wildcard.getSuperBound() != null) {
          collect(wildcard.getSuperBound(), named);
        }
      }
      case INTERSECTION -> ((IntersectionType) type).getBounds().forEach(bound -> collect(bound, named));
      default -> {} // primitives, void, type variables (their bounds are collected where declared)
    }
  }

  private static boolean canName(TypeElement type, String generatedPackage, boolean subclass) {
    boolean samePackage = packageOf(type).getQualifiedName().contentEquals(generatedPackage);
    for (Element e = type; e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
      boolean visibleElsewhere = e.getModifiers().contains(Modifier.PUBLIC)
          || (subclass && e.getModifiers().contains(Modifier.PROTECTED));
      if (!samePackage && !visibleElsewhere) {
        return false;
      }
    }
    return true;
  }

  /** {@code Quotes.Key}: how the user's source names a nested type. */
  private static String nestedName(TypeElement type) {
    return String.join(".", ClassName.get(type).simpleNames());
  }

  private static PackageElement packageOf(Element element) {
    Element e = element;
    while (e.getKind() != ElementKind.PACKAGE) {
      e = e.getEnclosingElement();
    }
    return (PackageElement) e;
  }
}
