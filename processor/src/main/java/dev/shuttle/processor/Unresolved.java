package dev.shuttle.processor;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;

/**
 * Whether a user type depends on something the compiler cannot resolve yet, typically what another
 * processor generates in a later round. Such a type is processed a round later.
 */
final class Unresolved {
  private Unresolved() {}

  /** Whether the type's signature (supertypes, members' types) mentions a type that does not exist yet. */
  static boolean inSignature(TypeElement type) {
    if (isUnresolved(type.getSuperclass()) || anyUnresolved(type.getInterfaces())) {
      return true;
    }
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof ExecutableElement method) {
        if (isUnresolved(method.getReturnType()) || anyUnresolved(method.getThrownTypes())) {
          return true;
        }
        for (VariableElement parameter : method.getParameters()) {
          if (isUnresolved(parameter.asType())) {
            return true;
          }
        }
      }
    }
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (isUnresolved(field.asType())) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyUnresolved(List<? extends TypeMirror> types) {
    for (TypeMirror type : types) {
      if (isUnresolved(type)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUnresolved(TypeMirror type) {
    if (type == null) {
      return false;
    }
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type instanceof DeclaredType declared) {
      return anyUnresolved(declared.getTypeArguments());
    }
    if (type instanceof ArrayType array) {
      return isUnresolved(array.getComponentType());
    }
    if (type instanceof WildcardType wildcard) {
      return isUnresolved(wildcard.getExtendsBound()) || isUnresolved(wildcard.getSuperBound());
    }
    if (type instanceof TypeVariable) {
      return false; // bounds may be recursive (T extends Comparable<T>); their names resolve with T
    }
    return false;
  }
}
