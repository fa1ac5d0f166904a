package dev.shuttle.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * JavaPoet names for the compiler's types, including the types Shuttle generates this round: a
 * user type that mentions its own {@code FooActor}, or two actors that know each other, see those
 * types as error types until the files exist. JavaPoet would spell such a type by its bare simple
 * name; here it is spelled as the type that will exist, by its qualified name (as AutoValue's
 * {@code TypeEncoder} does for the types it generates).
 */
public final class TypeNames {
  /** The types this round will generate, by simple name: the only error types Shuttle can name. */
  private final Map<String, List<ClassName>> generated = new HashMap<>();

  /** Starts a round whose steps will generate {@code names}. */
  void expect(Collection<ClassName> names) {
    generated.clear();
    for (ClassName name : names) {
      generated.computeIfAbsent(name.simpleName(), simple -> new ArrayList<>()).add(name);
    }
  }

  /**
   * The generated type an error type stands for, as code in {@code from} reads its name: a name
   * written qualified is that type; a simple name is the one in {@code from}, else the only one.
   */
  Optional<ClassName> generatedType(TypeMirror error, PackageElement from) {
    TypeElement element = (TypeElement) ((DeclaredType) error).asElement();
    String written = element.getQualifiedName().toString();
    List<ClassName> candidates = generated.getOrDefault(element.getSimpleName().toString(), List.of());
    if (written.contains(".")) {
      return candidates.stream().filter(name -> name.canonicalName().equals(written)).findFirst();
    }
    Optional<ClassName> inPackage = candidates.stream()
        .filter(name -> name.packageName().contentEquals(from.getQualifiedName()))
        .findFirst();
    return inPackage.isPresent() || candidates.size() != 1 ? inPackage : Optional.of(candidates.get(0));
  }

  /** {@code type} as generated code writes it, which {@code from}'s source mentions. */
  public TypeName get(TypeMirror type, Element from) {
    return Unresolved.isUnresolved(type) ? spell(type, GeneratedNames.packageOf(from)) : TypeName.get(type);
  }

  /** Only for a type that mentions an error type: the rest is JavaPoet's. */
  private TypeName spell(TypeMirror type, PackageElement from) {
    if (!Unresolved.isUnresolved(type)) {
      return TypeName.get(type);
    }
    if (type.getKind() == TypeKind.ERROR) {
      return generatedType(type, from).orElseThrow(
          () -> new IllegalStateException("Not a type Shuttle generates this round: " + type));
    }
    if (type instanceof ArrayType array) {
      return ArrayTypeName.of(spell(array.getComponentType(), from));
    }
    if (type instanceof WildcardType wildcard) {
      return wildcard.getSuperBound() != null
          ? WildcardTypeName.supertypeOf(spell(wildcard.getSuperBound(), from))
          : WildcardTypeName.subtypeOf(spell(wildcard.getExtendsBound(), from));
    }
    if (type instanceof DeclaredType declared) { // unresolved only in its type arguments
      TypeName[] arguments = declared.getTypeArguments().stream().map(argument -> spell(argument, from))
          .toArray(TypeName[]::new);
      return ParameterizedTypeName.get(ClassName.get((TypeElement) declared.asElement()), arguments);
    }
    throw new IllegalStateException("An error type Shuttle cannot spell in " + type);
  }
}
