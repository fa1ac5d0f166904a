package dev.shuttle.processor;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;

/**
 * Whether a user type depends on something the compiler cannot resolve yet, typically what another
 * processor generates in a later round. Such a type is processed a round later.
 */
final class Unresolved {
  private Unresolved() {}

  /**
   * The types the signature of {@code type} mentions that do not exist yet: in its supertypes, type
   * parameters' bounds and the members' types of it and every supertype (the generated class may
   * copy an inherited method).
   */
  static List<TypeMirror> inSignature(TypeElement type) {
    List<TypeMirror> errors = new ArrayList<>();
    for (TypeElement declarer : TypeChecks.hierarchy(type)) {
      collect(declarer.getSuperclass(), errors);
      declarer.getInterfaces().forEach(supertype -> collect(supertype, errors));
      declarer.getTypeParameters().forEach(parameter -> parameter.getBounds().forEach(bound -> collect(bound, errors)));
      for (Element member : declarer.getEnclosedElements()) {
        if (member instanceof ExecutableElement method) {
          collect(method.getReturnType(), errors);
          method.getThrownTypes().forEach(thrown -> collect(thrown, errors));
          method.getParameters().forEach(parameter -> collect(parameter.asType(), errors));
          method.getTypeParameters().forEach(parameter -> parameter.getBounds().forEach(b -> collect(b, errors)));
        } else if (member instanceof VariableElement field) {
          collect(field.asType(), errors);
        }
      }
    }
    return errors;
  }

  /**
   * Whether one of {@code annotations}, on the type, its methods or their parameters, has a value
   * the compiler could not resolve ({@code @Actor(mailbox = Sizes.MAILBOX)} before {@code Sizes}
   * exists). Until it resolves, the annotation has no value to read; if it never does, the
   * compiler reports it.
   */
  static boolean inAnnotations(TypeElement type, Set<Class<? extends Annotation>> annotations) {
    List<Element> annotated = new ArrayList<>(List.of(type));
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      annotated.add(method);
      annotated.addAll(method.getParameters());
    }
    for (Element element : annotated) {
      for (Class<? extends Annotation> annotation : annotations) {
        if (AnnotationMirrors.find(element, annotation).filter(mirror -> !isResolved(mirror)).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether every value the user wrote has its member's type. The compiler gives an unresolved one
   * the text {@code <error>}, even for a {@code String} member, whose value written as source would
   * be in quotes.
   */
  private static boolean isResolved(AnnotationMirror mirror) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (!isResolved(entry.getValue(), entry.getKey().getReturnType())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isResolved(AnnotationValue value, TypeMirror memberType) {
    Object resolved = value.getValue();
    if (memberType instanceof ArrayType array) {
      return resolved instanceof List<?> elements
          && elements.stream().allMatch(element -> isResolved((AnnotationValue) element, array.getComponentType()));
    }
    if (memberType.getKind().isPrimitive()) {
      return !(resolved instanceof String);
    }
    Element member = ((DeclaredType) memberType).asElement();
    if (member.getKind() == ElementKind.ENUM) {
      return resolved instanceof VariableElement;
    }
    if (member.getKind() == ElementKind.ANNOTATION_TYPE) {
      return resolved instanceof AnnotationMirror nested && isResolved(nested);
    }
    if (((TypeElement) member).getQualifiedName().contentEquals(Class.class.getCanonicalName())) {
      return resolved instanceof TypeMirror mirror && mirror.getKind() != TypeKind.ERROR;
    }
    return value.toString().startsWith("\""); // a String, as the source writes it
  }

  /** Adds the error types in {@code type} (itself, its type arguments, component, bounds) to {@code errors}. */
  private static void collect(TypeMirror type, List<TypeMirror> errors) {
    if (type == null) {
      return;
    }
    if (type.getKind() == TypeKind.ERROR) {
      errors.add(type);
    } else if (type instanceof DeclaredType declared) {
      declared.getTypeArguments().forEach(argument -> collect(argument, errors));
    } else if (type instanceof ArrayType array) {
      collect(array.getComponentType(), errors);
    } else if (type instanceof WildcardType wildcard) {
      collect(wildcard.getExtendsBound(), errors);
      collect(wildcard.getSuperBound(), errors);
    } // a type variable's bounds may be recursive (T extends Comparable<T>); they are checked where T is declared
  }

  /** Whether {@code type} mentions an error type: {@link #collect} without the list, for every type a generator writes. */
  static boolean isUnresolved(TypeMirror type) {
    if (type == null) {
      return false;
    }
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type instanceof DeclaredType declared) {
      return declared.getTypeArguments().stream().anyMatch(Unresolved::isUnresolved);
    }
    if (type instanceof ArrayType array) {
      return isUnresolved(array.getComponentType());
    }
    return type instanceof WildcardType wildcard
        && (isUnresolved(wildcard.getExtendsBound()) || isUnresolved(wildcard.getSuperBound()));
  }
}
