package dev.shuttle.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;

/** Questions about user types that several steps ask. */
public final class TypeChecks {
  private TypeChecks() {}

  /** Whether the type, or any type it is nested in, is private. */
  public static boolean isPrivateOrInPrivate(TypeElement type) {
    for (Element e = type; e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code name} is taken by a type Shuttle did not generate (a generated one is ours to rewrite). */
  public static boolean isNameTaken(ProcessorContext context, ClassName name) {
    // Among the package's members by simple name: javac answers getTypeElement for a name that
    // does not exist, the usual case, by parsing and resolving it, at a cost that showed per type.
    PackageElement names = context.elements().getPackageElement(name.packageName());
    return names != null && names.getEnclosedElements().stream()
        .anyMatch(member -> member.getSimpleName().contentEquals(name.simpleName())
            && member instanceof TypeElement existing && !isGeneratedByShuttle(existing));
  }

  /** Whether a type is one Shuttle generated (in an earlier build, say). */
  public static boolean isGeneratedByShuttle(TypeElement type) {
    return AnnotationOn.find(type, Generated.class)
        .map(generated -> List.of(generated.values().value()).contains(SourceWriter.PROCESSOR_NAME))
        .orElse(false);
  }

  /** The simple names of {@code elements}, in order: the candidates a misspelled name is matched against. */
  public static List<String> simpleNames(List<? extends Element> elements) {
    return elements.stream().map(element -> element.getSimpleName().toString()).toList();
  }

  /**
   * The methods a caller sees on {@code type}, declared or inherited, overridden ones resolved:
   * first those {@code type} declares in source order, then each supertype's, nearest first.
   * Deterministic, so generated files are too.
   */
  public static List<ExecutableElement> visibleMethods(ProcessorContext context, TypeElement type) {
    Set<ExecutableElement> members = new LinkedHashSet<>(
        ElementFilter.methodsIn(context.elements().getAllMembers(type)));
    List<ExecutableElement> ordered = new ArrayList<>();
    for (TypeElement declarer : hierarchy(type)) {
      for (ExecutableElement method : ElementFilter.methodsIn(declarer.getEnclosedElements())) {
        // the type's own methods always: javac may drop one of two overloads whose signatures have error types
        if (members.remove(method) || declarer.equals(type)) {
          ordered.add(method);
        }
      }
    }
    ordered.addAll(members); // nothing should be left; keep it if the compiler disagrees
    return ordered;
  }

  /**
   * {@code method} as a member of {@code type}: for a method inherited from a generic supertype,
   * with the type arguments {@code type} gives it ({@code put(String)} on a {@code Box<String>}, not
   * {@code put(T)}). Generated code that names a member's types must take them from here.
   */
  public static ExecutableType memberSignature(ProcessorContext context, TypeElement type, ExecutableElement method) {
    return (ExecutableType) context.types().asMemberOf((DeclaredType) type.asType(), method);
  }

  /** Whether {@code method} is declared by {@code Object} or overrides one of its methods. */
  public static boolean isFromObject(ProcessorContext context, ExecutableElement method, TypeElement type) {
    TypeElement object = context.elements().getTypeElement(Object.class.getCanonicalName());
    if (method.getEnclosingElement().equals(object)) {
      return true;
    }
    for (ExecutableElement objectMethod : ElementFilter.methodsIn(object.getEnclosedElements())) {
      if (context.elements().overrides(method, objectMethod, type)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code Client.call(String, List<Item>)}, or {@code Client(Duration)} for a constructor: how
   * messages name a method, short but unambiguous to a reader.
   */
  public static String describe(ExecutableElement method) {
    String name = method.getKind() == ElementKind.CONSTRUCTOR ? "" : "." + method.getSimpleName();
    return method.getEnclosingElement().getSimpleName() + name + "("
        + String.join(", ", method.getParameters().stream().map(p -> shortName(p.asType())).toList()) + ")";
  }

  /** {@code <T extends Number, U>}: a generic method's type parameters as its source declares them. */
  public static String typeParameters(ExecutableElement method) {
    return "<" + String.join(", ", method.getTypeParameters().stream().map(parameter -> {
      List<String> bounds = parameter.getBounds().stream()
          .filter(bound -> !bound.toString().equals(Object.class.getCanonicalName()))
          .map(TypeChecks::shortName)
          .toList();
      return parameter.getSimpleName() + (bounds.isEmpty() ? "" : " extends " + String.join(" & ", bounds));
    }).toList()) + ">";
  }

  /** A type as a reader writes it in source: simple names, type arguments kept ({@code List<Item>}). */
  public static String shortName(TypeMirror type) {
    return switch (type.getKind()) {
      case DECLARED -> {
        DeclaredType declared = (DeclaredType) type;
        String name = declared.asElement().getSimpleName().toString();
        yield declared.getTypeArguments().isEmpty() ? name
            : name + "<" + String.join(", ", declared.getTypeArguments().stream().map(TypeChecks::shortName).toList()) + ">";
      }
      case ARRAY -> shortName(((ArrayType) type).getComponentType()) + "[]";
      default -> type.toString();
    };
  }

  /** Whether a type mentions a type variable anywhere ({@code T}, {@code List<T>}, {@code T[]}). */
  public static boolean mentionsTypeVariable(TypeMirror type) {
    return switch (type.getKind()) {
      case TYPEVAR -> true;
      case ARRAY -> mentionsTypeVariable(((ArrayType) type).getComponentType());
      case DECLARED -> ((DeclaredType) type).getTypeArguments().stream().anyMatch(TypeChecks::mentionsTypeVariable);
      case WILDCARD -> {
        WildcardType wildcard = (WildcardType) type;
        yield (wildcard.getExtendsBound() != null && mentionsTypeVariable(wildcard.getExtendsBound()))
            || (wildcard.getSuperBound() != null && mentionsTypeVariable(wildcard.getSuperBound()));
      }
      default -> false;
    };
  }

  /** The checked exceptions {@code method} declares: those a caller must catch or declare. */
  public static List<TypeMirror> checkedExceptions(ProcessorContext context, ExecutableElement method) {
    TypeMirror unchecked = context.elements().getTypeElement(RuntimeException.class.getCanonicalName()).asType();
    TypeMirror error = context.elements().getTypeElement(Error.class.getCanonicalName()).asType();
    return method.getThrownTypes().stream()
        .filter(t -> !context.types().isSubtype(t, unchecked) && !context.types().isSubtype(t, error))
        .map(TypeMirror.class::cast)
        .toList();
  }

  /** Whether {@code method}'s parameters are exactly of these (non-generic) types. */
  public static boolean hasParameterTypes(ProcessorContext context, ExecutableElement method, Class<?>... types) {
    if (method.getParameters().size() != types.length) {
      return false;
    }
    for (int i = 0; i < types.length; i++) {
      TypeElement expected = context.elements().getTypeElement(types[i].getCanonicalName());
      if (expected == null || !context.types().isSameType(method.getParameters().get(i).asType(), expected.asType())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code type} is a {@code CompletionStage} or a {@code CompletableFuture}, the two
   * future types Shuttle's patterns hand back to callers.
   */
  public static boolean isStage(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    Name name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName();
    return name.contentEquals(CompletionStage.class.getCanonicalName())
        || name.contentEquals(CompletableFuture.class.getCanonicalName());
  }

  /**
   * {@code Types.isAssignable}, except for a type generated this round, an error type until it
   * exists, which javac calls assignable to anything and anything to it: such a type is assignable
   * only to itself and {@code Object}. (Generic types that mention one as a type argument are left
   * to javac.)
   *
   * @param where the element whose source mentions the types
   */
  public static boolean isAssignable(ProcessorContext context, TypeMirror from, TypeMirror to, Element where) {
    if (from.getKind() != TypeKind.ERROR && to.getKind() != TypeKind.ERROR) {
      return context.types().isAssignable(from, to);
    }
    TypeNames names = context.typeNames();
    return names.get(from, where).equals(names.get(to, where))
        || from.getKind() == TypeKind.ERROR && names.get(to, where).equals(ClassName.OBJECT);
  }

  /** {@code Integer} for {@code int}; any other type as it is. */
  public static TypeMirror boxed(ProcessorContext context, TypeMirror type) {
    return type.getKind().isPrimitive() ? context.types().boxedClass((PrimitiveType) type).asType() : type;
  }

  /**
   * The {@code T} that {@code type} gives {@code generic<T>} ({@code Iterable} for {@code List<Doc>}
   * gives {@code Doc}), found through its supertypes: the bound of {@code ? extends T}, and
   * {@code Object} for a raw type or another wildcard. {@code null} if {@code type} is not a
   * {@code generic}.
   */
  public static TypeMirror typeArgumentOf(ProcessorContext context, TypeMirror type, Class<?> generic) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = (DeclaredType) type;
    if (((TypeElement) declared.asElement()).getQualifiedName().contentEquals(generic.getCanonicalName())) {
      TypeMirror object = context.elements().getTypeElement(Object.class.getCanonicalName()).asType();
      if (declared.getTypeArguments().isEmpty()) {
        return object;
      }
      TypeMirror argument = declared.getTypeArguments().get(0);
      if (argument instanceof WildcardType wildcard) {
        return wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : object;
      }
      return argument;
    }
    for (TypeMirror supertype : context.types().directSupertypes(type)) {
      TypeMirror found = typeArgumentOf(context, supertype, generic);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** {@code type} and its supertypes, breadth first, each once. */
  static List<TypeElement> hierarchy(TypeElement type) {
    List<TypeElement> result = new ArrayList<>();
    Deque<TypeElement> queue = new ArrayDeque<>(List.of(type));
    while (!queue.isEmpty()) {
      TypeElement next = queue.removeFirst();
      if (result.contains(next)) {
        continue;
      }
      result.add(next);
      List<TypeMirror> supers = new ArrayList<>();
      supers.add(next.getSuperclass());
      supers.addAll(next.getInterfaces());
      for (TypeMirror parent : supers) {
        if (parent.getKind() == TypeKind.DECLARED) {
          queue.addLast((TypeElement) ((DeclaredType) parent).asElement());
        }
      }
    }
    return result;
  }
}
