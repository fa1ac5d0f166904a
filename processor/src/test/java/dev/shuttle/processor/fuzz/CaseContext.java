package dev.shuttle.processor.fuzz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * What the writers of one case share: its random source (the only one, so the seed decides
 * everything), the type names it declared (each once), the types its signatures may use, the
 * generated types its code names (with what it calls on them), and what Shuttle must refuse in it.
 */
final class CaseContext {
  static final String PACKAGE = "fuzz";

  /** One parameter: its annotations (code, may be empty), type and name. */
  record Param(String annotations, Ty type, String name, boolean varargs) {
    Param(Ty type, String name) {
      this("", type, name, false);
    }

    String code() {
      String typeCode = varargs ? type.code().substring(0, type.code().length() - 2) + "..." : type.code();
      return annotations + typeCode + " " + name;
    }
  }

  private static final List<Ty> BUILT_IN = List.of(
      Ty.primitive("int", "0"), Ty.primitive("long", "0L"), Ty.primitive("boolean", "false"),
      Ty.primitive("double", "0.0"), Ty.primitive("byte", "(byte) 0"), Ty.primitive("short", "(short) 0"),
      Ty.primitive("char", "'a'"), Ty.primitive("float", "0f"),
      Ty.reference("java.lang.String"), Ty.box("java.lang.Integer"), Ty.box("java.lang.Long"),
      Ty.box("java.lang.Double"), Ty.reference("java.lang.Object"), Ty.reference("java.lang.CharSequence"),
      new Ty("byte[]", "byte[]", "null", Ty.Kind.REFERENCE), new Ty("int[]", "int[]", "null", Ty.Kind.REFERENCE),
      new Ty("long[]", "long[]", "null", Ty.Kind.REFERENCE),
      new Ty("java.lang.String[]", "java.lang.String[]", "null", Ty.Kind.REFERENCE),
      Ty.reference("java.util.List<java.lang.String>"), Ty.reference("java.util.Map<java.lang.String, java.lang.Integer>"),
      Ty.reference("java.util.Set<java.lang.Long>"), Ty.reference("java.util.List<? extends java.lang.Number>"),
      Ty.reference("java.util.Map<java.lang.String, java.util.List<java.lang.Integer>>"),
      Ty.reference("java.util.Optional<java.lang.String>"), Ty.reference("java.util.concurrent.TimeUnit"),
      Ty.reference("java.time.Duration"), Ty.reference("java.lang.Runnable"),
      Ty.reference("java.util.function.Function<java.lang.String, java.lang.Integer>"),
      Ty.reference("java.util.concurrent.CompletableFuture<java.lang.String>"));

  final Random random;
  private final Set<String> declared = new HashSet<>();
  private final List<Ty> userTypes = new ArrayList<>();
  private final List<Ty> typeVariables = new ArrayList<>();
  private boolean typeVariablesAllowed = true;
  private final Map<String, Set<String>> mentioned = new LinkedHashMap<>();
  private final List<String> mustRefuse = new ArrayList<>();

  CaseContext(Random random) {
    this.random = random;
  }

  boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  int below(int bound) {
    return random.nextInt(bound);
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  @SafeVarargs
  final <T> T pick(T... items) {
    return items[random.nextInt(items.length)];
  }

  /** Every simple type name the case declares; {@link Imports} needs it to know what shadows what. */
  Set<String> declared() {
    return declared;
  }

  /** A type name from {@code pool} the case has not declared yet (then declared), or {@code fallback} numbered. */
  String declareType(List<String> pool, String fallback) {
    for (int attempt = 0; attempt < 8; attempt++) {
      String name = pick(pool);
      if (declared.add(name)) {
        return name;
      }
    }
    for (int n = 2; ; n++) {
      if (declared.add(fallback + n)) {
        return fallback + n;
      }
    }
  }

  /** Declares the type name {@code name} if the case has not yet; false if it has. */
  boolean declare(String name) {
    return declared.add(name);
  }

  void addUserType(Ty type) {
    userTypes.add(type);
  }

  void addTypeVariable(Ty type) {
    typeVariables.add(type);
  }

  /** Lets the case's code name {@code generated}, a type Shuttle generates; false if it already could. */
  boolean mention(String generated) {
    return mentioned.putIfAbsent(generated, new LinkedHashSet<>()) == null;
  }

  /** Records that the case's code uses {@code member} of the generated type: its stand-in declares it. */
  void standIn(String generated, String member) {
    mentioned.computeIfAbsent(generated, name -> new LinkedHashSet<>()).add(member);
  }

  List<FuzzCase.StandIn> standIns() {
    return mentioned.entrySet().stream()
        .map(entry -> new FuzzCase.StandIn(entry.getKey(), List.copyOf(entry.getValue()))).toList();
  }

  /** Records that the case has something Shuttle must refuse, and what. */
  void mustRefuse(String reason) {
    mustRefuse.add(reason);
  }

  List<String> mustRefuse() {
    return List.copyOf(mustRefuse);
  }

  /** The simple names of the class's type variables. */
  List<String> typeVariableNames() {
    return typeVariables.stream().map(Ty::code).toList();
  }

  /** Off while writing a static member, where the class's type variables are not in scope. */
  void allowTypeVariables(boolean allowed) {
    typeVariablesAllowed = allowed;
  }

  /** Any type a signature may use. */
  Ty anyType() {
    if (typeVariablesAllowed && !typeVariables.isEmpty() && chance(20)) {
      return pick(typeVariables);
    }
    if (!userTypes.isEmpty() && chance(30)) {
      return pick(userTypes);
    }
    return pick(BUILT_IN);
  }

  Ty referenceType() {
    for (int attempt = 0; attempt < 20; attempt++) {
      Ty type = anyType();
      if (!type.isPrimitive()) {
        return type;
      }
    }
    return Ty.reference("java.lang.String");
  }

  /** A type that can be a type argument: no wildcard at the top, no primitive. */
  Ty typeArgument() {
    Ty type = referenceType();
    return type.code().startsWith("java.util.List<?") ? Ty.reference("java.lang.String") : type;
  }

  /** Up to {@code max} parameters with distinct names (none in {@code taken}, then added), the last one maybe varargs. */
  List<Param> params(int max, Set<String> taken) {
    int count = below(max + 1);
    List<Param> params = new ArrayList<>();
    Set<String> names = taken;
    for (int i = 0; i < count; i++) {
      Ty type = anyType();
      boolean varargs = i == count - 1 && chance(10) && !type.code().contains("<") && !type.code().contains("[")
          && !typeVariables.contains(type);
      Ty declaredType = varargs ? new Ty(type.code() + "[]", type.erasure() + "[]", "null", Ty.Kind.REFERENCE) : type;
      params.add(new Param(chance(10) ? "final " : "", declaredType, variableName(names), varargs));
    }
    return params;
  }

  /** A parameter or field name not in {@code taken}; added to it. */
  String variableName(Set<String> taken) {
    for (int attempt = 0; attempt < 10; attempt++) {
      String name = pick(NamePool.VARIABLES);
      if (taken.add(name)) {
        return name;
      }
    }
    for (int n = 2; ; n++) {
      if (taken.add("arg" + n)) {
        return "arg" + n;
      }
    }
  }

  /**
   * A method name from the pool, sometimes a variant of one (see {@link NamePool#variant}) or an
   * overload of one the class has, that {@code type} has no method of with these parameters.
   */
  String methodName(JavaClass type, List<Ty> parameters, List<String> usedNames) {
    for (int attempt = 0; attempt < 12; attempt++) {
      String name;
      if (!usedNames.isEmpty() && chance(25)) {
        name = chance(50) ? pick(usedNames) : NamePool.variant(random, pick(usedNames));
      } else {
        name = chance(15) ? NamePool.variant(random, pick(NamePool.METHODS)) : pick(NamePool.METHODS);
      }
      if (type.isFree(name, parameters)) {
        usedNames.add(name);
        return name;
      }
    }
    for (int n = 2; ; n++) {
      if (type.isFree("method" + n, parameters)) {
        return "method" + n;
      }
    }
  }

  static List<Ty> types(List<Param> params) {
    return params.stream().map(Param::type).toList();
  }

  /** An exception clause, sometimes: checked, unchecked, or several. */
  String throwsClause() {
    if (!chance(20)) {
      return "";
    }
    return " throws " + pick("java.io.IOException", "java.lang.Exception", "java.lang.InterruptedException",
        "java.util.concurrent.TimeoutException", "java.lang.IllegalStateException",
        "java.io.IOException, java.lang.InterruptedException");
  }

  /** The code of a method. */
  static String method(List<String> annotations, String modifiers, String returns, String name, List<Param> params,
      String throwsClause, String body) {
    StringBuilder out = new StringBuilder();
    annotations.forEach(a -> out.append(a).append('\n'));
    String annotationCode = String.join(" ", annotations) + params.stream().map(Param::annotations).toList();
    StringJoiner list = new StringJoiner(", ", "(", ")");
    params.forEach(p -> list.add(obscuresNoAnnotation(p, annotationCode).code()));
    StringJoiner head = new StringJoiner(" ");
    List.of(modifiers, returns, name + list).stream().filter(part -> !part.isEmpty()).forEach(head::add);
    out.append(head).append(throwsClause);
    return out.append(body == null ? ";" : " {\n" + body + "}").append('\n').toString();
  }

  /**
   * {@code param}, renamed if javac would read a qualified name in the method's annotations as it:
   * javac resolves them with the parameters in scope, so a parameter {@code dev} obscures {@code
   * dev.shuttle.OnLimit.FAIL} there, and the case would not compile without Shuttle.
   */
  private static Param obscuresNoAnnotation(Param param, String annotationCode) {
    Pattern qualifiedByName = Pattern.compile("(?<![\\w.])" + Pattern.quote(param.name()) + "\\.");
    boolean obscures = qualifiedByName.matcher(annotationCode).find();
    return obscures ? new Param(param.annotations(), param.type(), param.name() + "_", param.varargs()) : param;
  }

  /** A body that returns {@code returns}' zero, sometimes after declaring a local class. */
  String body(String returns, String zero) {
    StringBuilder body = new StringBuilder();
    if (chance(5)) {
      String local = declareType(NamePool.TYPES, "Local");
      body.append("  class ").append(local).append(" {\n  }\n");
      if (chance(50)) {
        body.insert(0, "  @dev.shuttle." + pick("Actor", "ReadMostly", "Pipeline") + "\n");
      }
    }
    if (!returns.equals("void")) {
      body.append("  return ").append(zero).append(";\n");
    }
    return body.toString();
  }
}
