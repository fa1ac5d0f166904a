package dev.shuttle.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;

/**
 * The identifiers a generator introduces into one generated class (fields, constants, nested
 * classes), allocated against every name the user's type brings into scope: the members and
 * nested types of the type and its supertypes, the parameters of its methods and constructors,
 * the type parameters of the type and its methods (a generated method that overrides or proxies a
 * generic one declares them too), and the members of the runtime types the generated classes
 * extend. A preferred name is kept unless it is taken; then it gets a {@code _} suffix until it is
 * free. So no generated name
 * shadows a user's parameter, hides a runtime member, or is given twice, and without a clash the
 * names stay the ones the generator prefers.
 */
public final class Identifiers {
  private final NameAllocator allocator = new NameAllocator();
  private final Set<String> variables;

  private Identifiers(Set<String> variables) {
    this.variables = variables;
  }

  /**
   * @param runtimeSupertypes the runtime classes that generated classes for {@code type} extend,
   *     whose members are in scope inside them ({@code ActorCell}, {@code AskMessage})
   */
  public static Identifiers inScopeOf(TypeElement type, ProcessorContext context, ClassName... runtimeSupertypes) {
    Set<String> names = new LinkedHashSet<>();
    Set<String> variables = new LinkedHashSet<>();
    type.getTypeParameters().forEach(variable -> names.add(variable.getSimpleName().toString()));
    addMemberNames(type, context, names, variables);
    for (ClassName runtime : runtimeSupertypes) {
      TypeElement element = context.elements().getTypeElement(runtime.canonicalName());
      if (element != null) {
        addMemberNames(element, context, names, new LinkedHashSet<>());
      }
    }
    Identifiers identifiers = new Identifiers(variables);
    names.forEach(identifiers::newName);
    return identifiers;
  }

  private static void addMemberNames(
      TypeElement type, ProcessorContext context, Set<String> names, Set<String> variables) {
    Set<Element> members = new LinkedHashSet<>(context.elements().getAllMembers(type));
    members.addAll(type.getEnclosedElements()); // javac may drop one of two overloads whose signatures have error types
    for (Element member : members) {
      if (member.getKind() != ElementKind.CONSTRUCTOR) {
        names.add(member.getSimpleName().toString());
      }
      if (member.getKind() == ElementKind.FIELD) {
        variables.add(member.getSimpleName().toString());
      }
      if (member instanceof ExecutableElement executable) {
        for (VariableElement parameter : executable.getParameters()) {
          names.add(parameter.getSimpleName().toString());
          variables.add(parameter.getSimpleName().toString());
        }
        for (TypeParameterElement typeParameter : executable.getTypeParameters()) {
          names.add(typeParameter.getSimpleName().toString());
          variables.add(typeParameter.getSimpleName().toString());
        }
      }
    }
  }

  /**
   * The names of the user type's fields, parameters and methods' type parameters. Where generated
   * code runs among them (a woven subclass inherits the fields, its overrides take the parameters
   * and type parameters), such a name obscures or shadows a type of the same simple name ({@code
   * TimeUnit.SECONDS} would name a parameter {@code TimeUnit}; {@code @Override} on a method
   * {@code <Override>} would name its type variable, which JavaPoet does not see there), so that
   * code writes those types qualified ({@link com.palantir.javapoet.TypeSpec.Builder#alwaysQualify}).
   */
  public String[] variables() {
    return variables.toArray(String[]::new);
  }

  /** {@code preferred} if nothing in scope has it yet, else {@code preferred_}, {@code preferred__}…; now taken. */
  public String newName(String preferred) {
    return allocator.newName(preferred, new Object());
  }
}
