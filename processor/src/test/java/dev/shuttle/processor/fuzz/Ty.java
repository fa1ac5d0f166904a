package dev.shuttle.processor.fuzz;

/**
 * A type a case uses in a signature, written with qualified names (see {@link Imports}).
 *
 * @param code the type as written, e.g. {@code java.util.List<java.lang.String>}
 * @param erasure what tells overloads apart, e.g. {@code java.util.List}
 * @param zero an expression of the type, for {@code return} statements
 * @param kind what the patterns care about
 */
record Ty(String code, String erasure, String zero, Kind kind) {
  enum Kind {
    /** {@code int}, {@code long}, {@code double}...: adds up with {@code +}. */
    NUMERIC,
    /** {@code boolean}, {@code char}. */
    OTHER_PRIMITIVE,
    /** {@code Integer}, {@code Long}...: a reference that adds up with {@code +}. */
    NUMERIC_BOX,
    REFERENCE
  }

  static Ty primitive(String name, String zero) {
    return new Ty(name, name, zero, name.equals("boolean") || name.equals("char") ? Kind.OTHER_PRIMITIVE : Kind.NUMERIC);
  }

  static Ty box(String qualified) {
    return new Ty(qualified, qualified, "null", Kind.NUMERIC_BOX);
  }

  static Ty reference(String code) {
    int generic = code.indexOf('<');
    return new Ty(code, generic < 0 ? code : code.substring(0, generic), "null", Kind.REFERENCE);
  }

  /** A type variable: its erasure is its bound's, {@code Object} for the case's unbounded ones. */
  static Ty variable(String name) {
    return new Ty(name, "java.lang.Object", "null", Kind.REFERENCE);
  }

  boolean isPrimitive() {
    return kind == Kind.NUMERIC || kind == Kind.OTHER_PRIMITIVE;
  }

  /** A type variable: the only types a case writes without a package. */
  boolean isVariable() {
    return !isPrimitive() && !code.contains(".") && !code.contains("[");
  }

  boolean isNumeric() {
    return kind == Kind.NUMERIC || kind == Kind.NUMERIC_BOX;
  }

  /** The type as a type argument: primitives boxed. */
  String boxed() {
    return switch (code) {
      case "int" -> "java.lang.Integer";
      case "char" -> "java.lang.Character";
      case "long", "boolean", "double", "byte", "short", "float" ->
          "java.lang." + Character.toUpperCase(code.charAt(0)) + code.substring(1);
      default -> code;
    };
  }
}
