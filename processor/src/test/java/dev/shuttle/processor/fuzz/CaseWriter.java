package dev.shuttle.processor.fuzz;

import dev.shuttle.processor.fuzz.CaseContext.Param;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a random, valid Java input for the processor from a seed: a class carrying one or more
 * Shuttle patterns (with attribute values from ordinary to extreme), shaped the ways javac allows
 * (nested, inner, generic, abstract, sealed, extending generic classes and interfaces, with
 * records, enums and nested types in its signatures), and named from {@link NamePool}, so that
 * user names meet the names the generators write. Same seed, same bytes; every case compiles
 * without the processor, warning-free under {@code -Xlint:all}.
 */
public final class CaseWriter {
  /** The patterns a case may put on its class. */
  enum Pattern {
    ACTOR, PIPELINE, PHASED, READ_MOSTLY, RATE_LIMITED_CLASS, RATE_LIMITED, ASYNC, RACE, FORK_JOIN;

    boolean isWoven() {
      return ordinal() >= READ_MOSTLY.ordinal();
    }
  }

  public FuzzCase write(long seed) {
    return new OneCase(new CaseContext(new Random(seed))).write(seed);
  }

  /** The state of writing one case. */
  private static final class OneCase {
    private final CaseContext c;
    private final List<JavaClass> topLevel = new ArrayList<>();
    private final Set<Pattern> patterns = EnumSet.noneOf(Pattern.class);
    private int typeVariableCount;
    private boolean sealed;
    private boolean isAbstract;
    private boolean inner;
    /** The access of the subject's constructor without parameters or exceptions, if it has one: {@code new Foo()}. */
    private String newAccess;

    OneCase(CaseContext context) {
      this.c = context;
    }

    FuzzCase write(long seed) {
      choosePatterns();
      List<String> supertypes = new ArrayList<>();
      JavaClass base = c.chance(30) ? genericBase(supertypes) : null;
      Implemented api = c.chance(20) ? genericInterface(supertypes, base) : null;
      if (c.chance(30)) {
        recordType();
      }
      if (c.chance(15)) {
        sealedFamily();
      }
      if (c.chance(25)) {
        shadowingType();
      }
      JavaClass subject = subject(supertypes);
      boolean actor = patterns.contains(Pattern.ACTOR);
      List<String> generated = typeVariableCount == 0 && c.chance(actor ? 50 : 25) ? mentionGeneratedTypes(subject)
          : List.of();
      String actorType = typeVariableCount == 0 && actor ? generatedName(subject, Pattern.ACTOR) : null;
      PeerWriter.Peer peer = null;
      if (c.chance(actor ? 30 : 8)) {
        String known = generated.isEmpty() ? null : c.pick(generated);
        peer = new PeerWriter(c).write(known, known != null && known.equals(actorType) ? actorType : null);
        topLevel.add(peer.type());
      }
      if (base != null) {
        inheritFrom(base, subject);
      }
      if (api != null) {
        implement(api, subject);
      }
      fields(subject);
      constructors(subject);
      ActorCalls calls = new ActorCalls(c, peer == null ? List.of() : List.of(peer.api()));
      new PatternWriter(c, subject, calls, actorType, actorType == null ? null : behaviour(subject)).write(patterns);
      plainMethods(subject);
      return new FuzzCase(seed, subject.qualifiedName(), topLevel.stream().map(this::source).toList(), c.standIns(),
          c.mustRefuse());
    }

    /**
     * The class {@code spawn} of the subject's actor takes, if the subject's own code can make one:
     * the woven {@code ConcurrentFoo} when there is one (which keeps a constructor that is not
     * private), else the subject.
     */
    private String behaviour(JavaClass subject) {
      if (isAbstract || inner || newAccess == null) {
        return null;
      }
      if (!woven()) {
        return subject.qualifiedName();
      }
      if (newAccess.equals("private")) {
        return null;
      }
      String concurrent = generatedName(subject, Pattern.READ_MOSTLY); // any woven pattern: ConcurrentFoo
      c.mention(concurrent);
      return concurrent;
    }

    private void choosePatterns() {
      boolean instance = c.chance(55);
      if (instance) {
        patterns.add(c.pick(Pattern.ACTOR, Pattern.PIPELINE, Pattern.PHASED));
        if (c.chance(5)) {
          patterns.add(c.pick(Pattern.ACTOR, Pattern.PIPELINE, Pattern.PHASED));
        }
      }
      if (!instance || c.chance(20)) {
        // an actor mostly with what it accepts: the others are refused whatever else the case holds
        boolean accepted = patterns.contains(Pattern.ACTOR) && c.chance(60);
        int count = 1 + c.below(3);
        for (int i = 0; i < count; i++) {
          patterns.add(accepted ? c.pick(Pattern.RATE_LIMITED_CLASS, Pattern.RATE_LIMITED, Pattern.FORK_JOIN)
              : c.pick(Pattern.READ_MOSTLY, Pattern.RATE_LIMITED_CLASS, Pattern.RATE_LIMITED, Pattern.ASYNC,
                  Pattern.RACE, Pattern.FORK_JOIN));
        }
      }
    }

    private boolean woven() {
      return patterns.stream().anyMatch(Pattern::isWoven);
    }

    private FuzzCase.Source source(JavaClass type) {
      Imports imports = new Imports(CaseContext.PACKAGE, c.declared());
      String body = imports.shorten(type.render(""));
      String importLines = imports.lines();
      return new FuzzCase.Source(type.qualifiedName(),
          "package " + CaseContext.PACKAGE + ";\n\n" + (importLines.isEmpty() ? "" : importLines + "\n") + body);
    }

    private JavaClass top(String simpleName, String header) {
      JavaClass type = new JavaClass(CaseContext.PACKAGE + "." + simpleName, header);
      topLevel.add(type);
      return type;
    }

    /** {@code abstract class Base<T>} with members that use {@code T}, for the subject to extend. */
    private JavaClass genericBase(List<String> supertypes) {
      String name = c.declareType(NamePool.PLAIN_TYPES, "Base");
      String variable = c.declareType(NamePool.TYPE_VARIABLES, "B");
      JavaClass base = top(name, (c.chance(50) ? "public " : "") + "abstract class " + name + "<" + variable + ">");
      Ty t = Ty.variable(variable);
      Ty argument = c.typeArgument();
      supertypes.add("extends " + CaseContext.PACKAGE + "." + name + "<" + argument.code() + ">");
      List<String> used = new ArrayList<>();
      Set<String> fieldNames = new HashSet<>(Set.of("dev")); // inherited, it would obscure dev.shuttle in the subject
      if (c.chance(50)) {
        String field = c.variableName(fieldNames);
        base.field(field, (c.chance(50) ? "protected " : "") + t.code() + " " + field + ";\n");
      }
      int methods = 1 + c.below(3);
      for (int i = 0; i < methods; i++) {
        List<Param> params = c.chance(50) ? List.of(new Param(t, c.variableName(new HashSet<>()))) : List.of();
        String methodName = c.methodName(base, CaseContext.types(params), used);
        boolean returnsT = c.chance(60);
        String modifiers = c.pick("public", "public", "protected", "");
        base.method(methodName, CaseContext.types(params), CaseContext.method(List.of(), modifiers,
            returnsT ? t.code() : "void", methodName, params, "", returnsT ? "  return null;\n" : ""));
      }
      if (c.chance(30)) {
        String nested = c.declareType(NamePool.TYPES, "Member");
        base.nest(new JavaClass(base.qualifiedName() + "." + nested, "public static class " + nested));
      }
      return base;
    }

    /** An interface the subject implements, and the one method it must implement for it. */
    private record Implemented(JavaClass type, String method, Ty argument) {}

    /**
     * {@code interface Api<R>} with one abstract method the subject implements and a default one,
     * named unlike every method of {@code base}: both erase their type variables to {@code Object},
     * so {@code put(B)} and {@code put(A)} would clash in the subject.
     */
    private Implemented genericInterface(List<String> supertypes, JavaClass base) {
      String name = c.declareType(NamePool.PLAIN_TYPES, "Api");
      String variable = c.declareType(NamePool.TYPE_VARIABLES, "A");
      JavaClass api = top(name, "interface " + name + "<" + variable + ">");
      Ty argument = c.typeArgument();
      supertypes.add("implements " + CaseContext.PACKAGE + "." + name + "<" + argument.code() + ">");
      List<String> used = new ArrayList<>();
      Ty t = Ty.variable(variable);
      List<String> baseMethods = base == null ? List.of() : base.methodNames();
      String abstractName = c.methodName(api, List.of(t), used);
      while (baseMethods.contains(abstractName)) {
        abstractName = c.methodName(api, List.of(t), used);
      }
      api.method(abstractName, List.of(t), CaseContext.method(List.of(), "", t.code(), abstractName,
          List.of(new Param(t, "input")), "", null));
      String defaultName = c.methodName(api, List.of(), used);
      while (baseMethods.contains(defaultName)) {
        defaultName = c.methodName(api, List.of(), used);
      }
      api.method(defaultName, List.of(), CaseContext.method(List.of(), "default", "java.lang.String", defaultName,
          List.of(), "", "  return \"\";\n"));
      return new Implemented(api, abstractName, argument);
    }

    private void recordType() {
      String name = c.declareType(NamePool.TYPES, "Rec");
      Set<String> names = new HashSet<>();
      Ty first = c.anyType();
      Ty second = c.anyType();
      // a record's accessor methods must not clash with Object's
      String a = c.variableName(names);
      String b = c.variableName(names);
      top(name, "record " + name + "(" + first.code() + " " + a + ", " + second.code() + " " + b + ")");
      c.addUserType(Ty.reference(CaseContext.PACKAGE + "." + name));
    }

    /** {@code sealed interface Shape permits A, B} with two records: a closed family of parameter types. */
    private void sealedFamily() {
      String name = c.declareType(NamePool.TYPES, "Sealed");
      String first = c.declareType(NamePool.TYPES, "Case");
      String second = c.declareType(NamePool.TYPES, "Case");
      JavaClass family = top(name, "sealed interface " + name + " permits " + name + "." + first + ", " + name + "."
          + second);
      family.nest(new JavaClass(family.qualifiedName() + "." + first,
          "record " + first + "(int value) implements " + name));
      family.nest(new JavaClass(family.qualifiedName() + "." + second,
          "record " + second + "(java.lang.String value) implements " + name));
      c.addUserType(Ty.reference(family.qualifiedName()));
      c.addUserType(Ty.reference(family.qualifiedName() + "." + first));
    }

    /** A type in the package with the simple name of a JDK or runtime type, which shadows the JDK's in the package. */
    private void shadowingType() {
      String name = c.declareType(c.chance(60) ? NamePool.JDK_TYPES : NamePool.RUNTIME_TYPES, "Shadow");
      top(name, c.pick("final class ", "class ", "interface ", "@interface ", "enum ") + name);
    }

    /**
     * Lets the subject's signatures name the types generated from it, as a class may (FooActor,
     * ConcurrentFoo), and an actor's also in a list, a future or an array; returns their names.
     */
    private List<String> mentionGeneratedTypes(JavaClass subject) {
      List<String> names = new ArrayList<>();
      for (Pattern pattern : patterns) {
        String generated = generatedName(subject, pattern);
        if (c.mention(generated)) {
          names.add(generated);
          c.addUserType(Ty.reference(generated));
        }
        if (pattern == Pattern.ACTOR) {
          c.addUserType(c.chance(50) ? new Ty(generated + "[]", generated + "[]", "null", Ty.Kind.REFERENCE)
              : Ty.reference(c.pick("java.util.List<", "java.util.concurrent.CompletableFuture<") + generated + ">"));
        }
      }
      return names;
    }

    /** {@code fuzz.Outer_FooActor}: the qualified name of what {@code pattern} generates from the subject. */
    private static String generatedName(JavaClass subject, Pattern pattern) {
      String flat = subject.qualifiedName().substring(CaseContext.PACKAGE.length() + 1).replace('.', '_');
      return CaseContext.PACKAGE + "." + switch (pattern) {
        case ACTOR -> flat + "Actor";
        case PIPELINE -> flat + "Pipeline";
        case PHASED -> flat + "Phases";
        default -> "Concurrent" + flat;
      };
    }

    private JavaClass subject(List<String> supertypes) {
      String name = c.declareType(NamePool.SUBJECT_NAMES, "Subject");
      boolean nested = c.chance(35);
      inner = nested && c.chance(woven() ? 5 : 35);
      boolean generic = c.chance(woven() && patterns.size() == patterns.stream().filter(Pattern::isWoven).count()
          ? 25 : 4);
      isAbstract = patterns.contains(Pattern.RACE) || c.chance(woven() ? 2 : 15);
      boolean isFinal = !isAbstract && c.chance(woven() ? 2 : 15);
      sealed = !isFinal && c.chance(3);
      StringBuilder header = new StringBuilder();
      header.append(c.chance(50) ? "public " : "");
      if (nested && !inner) {
        header.append("static ");
      }
      header.append(isAbstract ? "abstract " : "").append(isFinal ? "final " : "");
      header.append(sealed ? "sealed " : "").append("class ").append(name);
      List<String> variables = new ArrayList<>();
      if (generic) {
        int count = 1 + c.below(2);
        for (int i = 0; i < count; i++) {
          String variable = c.declareType(NamePool.TYPE_VARIABLES, "T");
          boolean bounded = c.chance(25);
          variables.add(variable + (bounded ? " extends java.lang.Number" : ""));
          c.addTypeVariable(new Ty(variable, bounded ? "java.lang.Number" : "java.lang.Object", "null", Ty.Kind.REFERENCE));
          typeVariableCount++;
        }
        header.append('<').append(String.join(", ", variables)).append('>');
      }
      supertypes.forEach(s -> header.append(' ').append(s));
      JavaClass subject;
      if (nested) {
        String outerName = c.declareType(NamePool.TYPES, "Outer");
        JavaClass outer = top(outerName, (c.chance(50) ? "public " : "") + "class " + outerName);
        subject = new JavaClass(outer.qualifiedName() + "." + name, header.toString());
        outer.nest(subject);
      } else {
        subject = top(name, header.toString());
      }
      if (sealed) {
        String permitted = c.declareType(NamePool.TYPES, "Permitted");
        subject.header(subject.header() + " permits " + subject.qualifiedName() + "." + permitted);
        // a nested class may call even a private no-argument constructor; constructors() writes one first
        subject.nest(new JavaClass(subject.qualifiedName() + "." + permitted, (inner ? "" : "static ")
            + (isAbstract ? "abstract non-sealed" : "final") + " class " + permitted + " extends " + name
            + (generic ? "<" + typeArguments() + ">" : "")));
      }
      nestedTypes(subject, generic || inner);
      return subject;
    }

    /**
     * {@code Short} for each of the subject's type variables, for the class a sealed subject permits:
     * a {@code Number} that no signature of a case uses, so that no {@code m(T)} meets an {@code m(Short)}.
     */
    private String typeArguments() {
      return String.join(", ", java.util.Collections.nCopies(typeVariableCount, "java.lang.Short"));
    }

    /** Nested types named like generated or JDK types; the accessible ones become parameter types. */
    private void nestedTypes(JavaClass subject, boolean onlyStaticInSignatures) {
      int count = c.below(4);
      for (int i = 0; i < count; i++) {
        String name = c.declareType(NamePool.TYPES, "Nested");
        String access = c.pick("public ", "", "protected ", "private ");
        String kind = c.pick("static class ", "class ", "interface ", "enum ", "record ", "@interface ",
            "static class ");
        String header = access + kind + name + (kind.equals("record ") ? "(int value)" : "");
        JavaClass nested = new JavaClass(subject.qualifiedName() + "." + name, header);
        if (kind.equals("enum ")) {
          nested.member("A, B\n");
        }
        if (kind.equals("static class ") && c.chance(30)) {
          nested.header(header + " extends java.lang.Exception");
          nested.field("serialVersionUID", "private static final long serialVersionUID = 1L;\n");
        }
        subject.nest(nested);
        boolean isStatic = !kind.equals("class ");
        if (!kind.equals("@interface ") && (isStatic || !onlyStaticInSignatures)
            && (!access.equals("private ") || c.chance(15))) {
          c.addUserType(Ty.reference(subject.qualifiedName() + "." + name));
        }
      }
    }

    private void inheritFrom(JavaClass base, JavaClass subject) {
      base.methodNames().forEach(subject::block);
    }

    private void implement(Implemented api, JavaClass subject) {
      api.type().methodNames().forEach(subject::block);
      Ty argument = api.argument();
      subject.implement(api.method(), List.of(argument), CaseContext.method(List.of("@java.lang.Override"), "public",
          argument.code(), api.method(), List.of(new Param(argument, "input")), "", "  return input;\n"));
    }

    private void fields(JavaClass subject) {
      int count = c.below(4);
      Set<String> names = new HashSet<>();
      for (int i = 0; i < count; i++) {
        boolean constant = c.chance(35);
        String name = constant ? c.pick(NamePool.GENERATED_CONSTANTS) : c.variableName(names);
        if (name.equals("dev")) {
          continue; // a field dev would obscure the package of the annotations' qualified constants: javac refuses them
        }
        if (subject.hasField(name) || !names.add(name) && constant) {
          continue;
        }
        Ty type = constant ? c.pick(Ty.primitive("int", "0"), Ty.reference("java.lang.String"))
            : c.anyType();
        String modifiers = constant ? c.pick("static final", "private static final", "public static final",
            "protected static final") : c.pick("private", "private final", "protected", "", "public final", "private volatile");
        String init = constant ? (type.isPrimitive() ? "1" : "\"\"") : modifiers.contains("final") ? type.zero() : null;
        subject.field(name, modifiers + " " + type.code() + " " + name + (init == null ? "" : " = " + init) + ";\n");
      }
    }

    private void constructors(JavaClass subject) {
      int count = sealed ? 1 + c.below(2) : c.below(3);
      newAccess = count == 0 ? "" : null;
      boolean someVisible = false;
      Set<List<String>> erasures = new HashSet<>();
      for (int i = 0; i < count; i++) {
        List<Param> params = i == 0 && sealed ? List.of() : c.params(3, new HashSet<>());
        if (!erasures.add(params.stream().map(p -> p.type().erasure()).toList())) {
          continue;
        }
        String access = c.pick("public", "protected", "", "private");
        if (i == count - 1 && !someVisible && c.chance(90)) {
          access = c.pick("public", "protected", "");
        }
        someVisible |= !access.equals("private");
        String throwsClause = i == 0 && sealed ? "" : c.throwsClause(); // the permitted class calls it implicitly
        subject.member(CaseContext.method(List.of(), access, "", subject.simpleName(), params, throwsClause, ""));
        if (params.isEmpty() && throwsClause.isEmpty()) {
          newAccess = access;
        }
      }
    }

    /**
     * Methods no pattern touches: private, static, package-private, and sometimes {@code toString};
     * on an actor sometimes named like the generated actor's API, which only public methods clash with.
     */
    private void plainMethods(JavaClass subject) {
      int count = c.below(3);
      List<String> used = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String modifiers = c.pick("private", "static", "", "protected", "private static");
        c.allowTypeVariables(!modifiers.contains("static"));
        List<Param> params = c.params(2, new HashSet<>());
        List<Ty> types = CaseContext.types(params);
        String name = patterns.contains(Pattern.ACTOR) && c.chance(10) ? c.pick(NamePool.ACTOR_API) : null;
        if (name == null || !subject.isFree(name, types)) {
          name = c.methodName(subject, types, used);
        }
        Ty returns = c.chance(40) ? null : c.anyType();
        c.allowTypeVariables(true);
        subject.method(name, types, CaseContext.method(List.of(), modifiers, returns == null ? "void" : returns.code(),
            name, params, "", c.body(returns == null ? "void" : returns.code(), returns == null ? "" : returns.zero())));
      }
      if (c.chance(10) && subject.isFree("toString", List.of())) {
        subject.method("toString", List.of(), CaseContext.method(List.of("@java.lang.Override"), "public",
            "java.lang.String", "toString", List.of(), "", "  return \"\";\n"));
      }
    }
  }
}
