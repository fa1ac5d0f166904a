package dev.shuttle.processor.fuzz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One type of a case as it is being written: its header, annotations and members as code, its
 * nested types, and the method signatures it already has (declared or inherited), so that a new
 * method never clashes with one by accident.
 */
final class JavaClass {
  private final String qualifiedName;
  private final List<String> annotations = new ArrayList<>();
  private final List<String> members = new ArrayList<>();
  private final List<JavaClass> nested = new ArrayList<>();
  private final Set<String> signatures = new HashSet<>();
  private final Set<String> fields = new HashSet<>();
  private final Set<String> blocked = new HashSet<>();
  private final List<String> methodNames = new ArrayList<>();
  private String header;

  /** @param header everything before the body, e.g. {@code public abstract class Foo<T> extends fuzz.Base} */
  JavaClass(String qualifiedName, String header) {
    this.qualifiedName = qualifiedName;
    this.header = header;
  }

  String qualifiedName() {
    return qualifiedName;
  }

  String simpleName() {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  void header(String header) {
    this.header = header;
  }

  String header() {
    return header;
  }

  void annotate(String annotation) {
    annotations.add(annotation);
  }

  void nest(JavaClass type) {
    nested.add(type);
  }

  /** Whether a method of this name and these parameter erasures would be new. */
  boolean isFree(String name, List<Ty> parameters) {
    return !blocked.contains(name) && !signatures.contains(signature(name, parameters));
  }

  /**
   * Keeps {@code name} for the methods a supertype declares: with type arguments in between, an
   * overload could turn out to be an override with another return type.
   */
  void block(String name) {
    blocked.add(name);
  }

  /** The names of the methods declared so far. */
  List<String> methodNames() {
    return List.copyOf(methodNames);
  }

  void method(String name, List<Ty> parameters, String code) {
    if (!isFree(name, parameters)) {
      throw new IllegalStateException("CaseWriter bug: " + name + parameters + " twice in " + qualifiedName);
    }
    implement(name, parameters, code);
  }

  /** A method that implements or overrides a supertype's (whose name is blocked). */
  void implement(String name, List<Ty> parameters, String code) {
    signatures.add(signature(name, parameters));
    methodNames.add(name);
    members.add(code);
  }

  boolean hasField(String name) {
    return fields.contains(name);
  }

  void field(String name, String code) {
    if (!fields.add(name)) {
      throw new IllegalStateException("CaseWriter bug: field " + name + " twice in " + qualifiedName);
    }
    members.add(code);
  }

  /** A constructor, initializer or anything else with no name to clash. */
  void member(String code) {
    members.add(code);
  }

  String render(String indent) {
    StringBuilder out = new StringBuilder();
    for (String annotation : annotations) {
      out.append(indent).append(annotation).append('\n');
    }
    out.append(indent).append(header).append(" {\n");
    String inner = indent + "  ";
    for (String member : members) {
      member.lines().forEach(line -> out.append(line.isEmpty() ? "" : inner + line).append('\n'));
    }
    for (JavaClass type : nested) {
      out.append(type.render(inner));
    }
    return out.append(indent).append("}\n").toString();
  }

  private static String signature(String name, List<Ty> parameters) {
    return name + parameters.stream().map(Ty::erasure).toList();
  }
}
