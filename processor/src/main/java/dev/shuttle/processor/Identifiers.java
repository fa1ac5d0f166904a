package dev.shuttle.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The identifiers a generator introduces into one generated class (fields, constants, nested
 * classes), allocated against every name the user's type brings into scope: the members and
 * nested types of the type and its supertypes, the parameters of its methods and constructors,
 * and the members of the runtime types the generated classes extend. A preferred name is kept
 * unless it is taken; then it gets a {@code _} suffix until it is free. So no generated name
 * shadows a user's parameter, hides a runtime member, or is given twice, and without a clash the
 * names stay the ones the generator prefers.
 */
public final class Identifiers {
  private final NameAllocator allocator = new NameAllocator();

  private Identifiers() {}

  /**
   * @param runtimeSupertypes the runtime classes that generated classes for {@code type} extend,
   *     whose members are in scope inside them ({@code ActorCell}, {@code AskMessage})
   */
  public static Identifiers inScopeOf(TypeElement type, ProcessorContext context, ClassName... runtimeSupertypes) {
    Set<String> names = new LinkedHashSet<>();
    addMemberNames(type, context, names);
    for (ClassName runtime : runtimeSupertypes) {
      TypeElement element = context.elements().getTypeElement(runtime.canonicalName());
      if (element != null) {
        addMemberNames(element, context, names);
      }
    }
    Identifiers identifiers = new Identifiers();
    names.forEach(identifiers::newName);
    return identifiers;
  }

  private static void addMemberNames(TypeElement type, ProcessorContext context, Set<String> names) {
    for (Element member : context.elements().getAllMembers(type)) {
      if (member.getKind() != ElementKind.CONSTRUCTOR) {
        names.add(member.getSimpleName().toString());
      }
      if (member instanceof ExecutableElement executable) {
        for (VariableElement parameter : executable.getParameters()) {
          names.add(parameter.getSimpleName().toString());
        }
      }
    }
  }

  /** {@code preferred} if nothing in scope has it yet, else {@code preferred_}, {@code preferred__}…; now taken. */
  public String newName(String preferred) {
    return allocator.newName(preferred, new Object());
  }
}
