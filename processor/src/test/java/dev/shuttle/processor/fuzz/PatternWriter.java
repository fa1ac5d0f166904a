package dev.shuttle.processor.fuzz;

import static dev.shuttle.processor.fuzz.AnnotationCode.INTS;
import static dev.shuttle.processor.fuzz.AnnotationCode.POSITIVE_INTS;
import static dev.shuttle.processor.fuzz.AnnotationCode.POSITIVE_LONGS;
import static dev.shuttle.processor.fuzz.AnnotationCode.TIME_UNITS;
import static dev.shuttle.processor.fuzz.AnnotationCode.string;
import static dev.shuttle.processor.fuzz.AnnotationCode.timeUnit;

import dev.shuttle.processor.fuzz.CaseContext.Param;
import dev.shuttle.processor.fuzz.CaseWriter.Pattern;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Puts each chosen pattern on the subject: its annotations, with attribute values mostly valid
 * and sometimes extreme ({@code 1}, {@code Integer.MAX_VALUE}, longs past {@code 2^31}), and the
 * methods it needs, with signatures from the case's types. Now and then a value or a signature
 * Shuttle refuses, so that the refusals are exercised too.
 */
final class PatternWriter {
  private static final String SHUTTLE = "dev.shuttle.";

  /** What a method returns: its code and an expression for its body. */
  private record Returns(String code, String zero, Ty value) {
    static final Returns VOID = new Returns("void", "", null);

    boolean isVoid() {
      return value == null;
    }
  }

  private final CaseContext c;
  private final JavaClass subject;
  private final ActorCalls calls;
  /** The subject's generated actor type, if the case may name it; else {@code null}. */
  private final String actorType;
  /** What the subject's actor runs, if the case can make one: {@code fuzz.Foo} or {@code fuzz.ConcurrentFoo}. */
  private final String behaviour;
  private final List<String> usedNames = new ArrayList<>();
  /** How {@code @Async} and {@code @Race} may name a pool: built-in or declared on the subject. */
  private final List<String> poolValues = new ArrayList<>(List.of(SHUTTLE + "Pool.CPU", SHUTTLE + "Pool.IO"));
  private final List<String> unusedPools = new ArrayList<>();
  private boolean poolsDeclared;
  /** Whether the subject is an actor, where a rate limit had better fail than wait. */
  private boolean onActor;

  /**
   * @param calls writes statements that use the generated actors the subject's bodies may name
   * @param actorType the subject's generated actor type, if its code may name it; else {@code null}
   * @param behaviour the class that {@code spawn} of the subject's actor takes, if the subject's code
   *     can make one with {@code new}; else {@code null}
   */
  PatternWriter(CaseContext context, JavaClass subject, ActorCalls calls, String actorType, String behaviour) {
    this.c = context;
    this.subject = subject;
    this.calls = calls;
    this.actorType = actorType;
    this.behaviour = behaviour;
  }

  void write(Set<Pattern> patterns) {
    expectRefusals(patterns);
    onActor = patterns.contains(Pattern.ACTOR);
    for (Pattern pattern : patterns) {
      switch (pattern) {
        case ACTOR -> actor();
        case PIPELINE -> pipeline();
        case PHASED -> phased();
        case READ_MOSTLY -> readMostly();
        case RATE_LIMITED_CLASS -> rateLimitedClass();
        case RATE_LIMITED -> rateLimitedMethods();
        case ASYNC -> async();
        case RACE -> race();
        case FORK_JOIN -> forkJoin();
      }
    }
  }

  /**
   * What Shuttle refuses whatever the rest of the case: two instance patterns on one class, and on
   * an actor a lock or a body that runs off the actor's turn. A waiting rate limit on an actor is
   * left open: whether it is an error is changing.
   */
  private void expectRefusals(Set<Pattern> patterns) {
    if (patterns.stream().filter(p -> !p.isWoven()).count() > 1) {
      c.mustRefuse("two instance patterns on one class: " + patterns);
    }
    if (patterns.contains(Pattern.ACTOR)) {
      for (Pattern offTurn : List.of(Pattern.READ_MOSTLY, Pattern.ASYNC, Pattern.RACE)) {
        if (patterns.contains(offTurn)) {
          c.mustRefuse(offTurn + " on an @Actor class");
        }
      }
    }
  }

  /** {@code values} and the largest value the runtime accepts, which the processor must accept too. */
  private static List<String> atLimit(List<String> values, String limit) {
    List<String> withLimit = new ArrayList<>(values);
    withLimit.add(limit);
    return withLimit;
  }

  // ---- instance patterns

  private void actor() {
    AnnotationCode actor = new AnnotationCode(SHUTTLE + "Actor");
    boolean bounded = false;
    boolean blocks = true;
    if (c.chance(50)) {
      String mailbox = c.chance(2) ? "-1" : c.pick(atLimit(INTS, SHUTTLE + "Actor.MAX_MAILBOX"));
      actor.with("mailbox", mailbox);
      if (mailbox.equals("-1") || mailbox.equals("java.lang.Integer.MAX_VALUE")) {
        c.mustRefuse("@Actor(mailbox = " + mailbox + ")");
      }
      bounded = !mailbox.equals("0");
      if (c.chance(50) && (bounded || c.chance(10))) { // on an unbounded mailbox: a warning
        String overflow = c.pick("BLOCK", "REJECT");
        actor.with("overflow", SHUTTLE + "Overflow." + overflow);
        blocks = overflow.equals("BLOCK");
      }
    }
    String policy = c.chance(40) ? c.pick("RESUME", "STOP", "RESTART", "RESTART") : "RESUME";
    if (!policy.equals("RESUME") || c.chance(10)) {
      actor.with("onFailure", SHUTTLE + "FailurePolicy." + policy);
    }
    boolean restarts = policy.equals("RESTART");
    restartSetting(actor, restarts, "maxRestarts", List.of("1", "3", SHUTTLE + "Actor.DEFAULT_MAX_RESTARTS",
        "java.lang.Integer.MAX_VALUE"), List.of("0", "-1", "java.lang.Integer.MIN_VALUE"));
    restartSetting(actor, restarts, "restartWithinSeconds", List.of("1", "60", "java.lang.Integer.MAX_VALUE"),
        List.of("0", "-1"));
    restartSetting(actor, restarts, "restartBackoffMillis", List.of("0", "1", SHUTTLE
        + "Actor.DEFAULT_RESTART_BACKOFF_MILLIS", "java.lang.Integer.MAX_VALUE"), List.of("-1"));
    if (c.chance(30)) {
      String throughput = c.chance(5) ? "-1" : c.pick(INTS);
      actor.with("throughput", throughput);
      if (throughput.equals("-1")) {
        c.mustRefuse("@Actor(throughput = -1)");
      }
    }
    subject.annotate(actor.code());
    ActorCalls.Api self = actorType == null ? null : new ActorCalls.Api(actorType, bounded && blocks,
        behaviour == null ? null : new ActorCalls.Spawn(behaviour, restarts), List.of());
    int messages = 1 + c.below(5);
    for (int i = 0; i < messages; i++) {
      if (c.chance(8)) {
        genericMethod(List.of(), "public", "Message");
        continue;
      }
      boolean isAbstract = isAbstract() && c.chance(20);
      String name = c.chance(3) ? c.pick(NamePool.ACTOR_API) : null;
      Returns returns = anyReturns();
      List<Param> params = c.params(3, new HashSet<>());
      String chosen = method(List.of(), isAbstract ? "public abstract" : c.pick("public", "public", "public final"),
          returns, params, name, method -> actorStatements(self,
              new ActorCalls.Message(method, CaseContext.types(params), !returns.isVoid()), params));
      if (NamePool.ACTOR_API.contains(chosen)) {
        c.mustRefuse("public method " + chosen + "() of an @Actor class");
      }
    }
    if (c.chance(40)) {
      Set<String> names = new HashSet<>();
      List<Param> params = List.of(new Param(Ty.reference("java.lang.Throwable"), c.variableName(names)));
      method(List.of("@" + SHUTTLE + "OnFailure"), c.pick("", "protected", "public"), Returns.VOID, params, null,
          method -> actorStatements(self, null, params));
    }
  }

  /**
   * Writes {@code name} sometimes: with {@code RESTART} mostly a value from {@code valid}, now and
   * then one from {@code invalid}; without it, any written value is an error.
   */
  private void restartSetting(AnnotationCode actor, boolean restarts, String name, List<String> valid,
      List<String> invalid) {
    if (!c.chance(restarts ? 35 : 3)) {
      return;
    }
    boolean refused = restarts && c.chance(12);
    String value = c.pick(refused ? invalid : valid);
    actor.with(name, value);
    if (refused || !restarts) {
      c.mustRefuse("@Actor(" + name + " = " + value + ")" + (restarts ? "" : " without onFailure = RESTART"));
    }
  }

  /** Statements that use the generated actor, sometimes, where the case may name it. */
  private String actorStatements(ActorCalls.Api self, ActorCalls.Message current, List<Param> params) {
    return self == null || !c.chance(35) ? "" : calls.statements(self, current, params);
  }

  private void pipeline() {
    AnnotationCode pipeline = new AnnotationCode(SHUTTLE + "Pipeline");
    if (c.chance(50)) {
      pipeline.with("bound", c.chance(2) ? "0" : c.pick(atLimit(POSITIVE_INTS, SHUTTLE + "Pipeline.MAX_BOUND")));
    }
    subject.annotate(pipeline.code());
    int stages = 1 + c.below(4);
    Ty in = c.anyType();
    for (int i = 0; i < stages; i++) {
      boolean last = i == stages - 1;
      AnnotationCode stage = new AnnotationCode(SHUTTLE + "Stage");
      if (c.chance(40)) {
        stage.with("workers", c.chance(2) ? "0" : c.pick(atLimit(POSITIVE_INTS, SHUTTLE + "Stage.MAX_WORKERS")));
      }
      if (c.chance(30)) {
        stage.with("bound", c.pick(atLimit(POSITIVE_INTS, SHUTTLE + "Pipeline.MAX_BOUND")));
      }
      if (c.chance(20)) {
        stage.with("virtual", "true");
      }
      Returns returns;
      Ty next;
      int mode = c.below(100);
      if (last && mode < 40) {
        returns = Returns.VOID;
        next = null;
      } else if (mode < 70) {
        next = c.anyType();
        returns = new Returns(next.code(), next.zero(), next);
        if (next.isPrimitive() && c.chance(30)) {
          next = Ty.box(next.boxed());
        }
      } else if (mode < 85) {
        next = c.typeArgument();
        String optional = "java.util.Optional<" + next.boxed() + ">";
        returns = new Returns(optional, "java.util.Optional.empty()", Ty.reference(optional));
      } else {
        next = c.typeArgument();
        String iterable = c.pick("java.util.List<", "java.lang.Iterable<", "java.util.Set<") + next.boxed() + ">";
        returns = new Returns(iterable, "null", Ty.reference(iterable));
        stage.with("expand", "true");
      }
      method(List.of(stage.code()), c.pick("", "public", "protected", "final"), returns,
          List.of(new Param(in, c.variableName(new HashSet<>()))), null);
      in = next;
    }
    if (c.chance(40)) {
      Set<String> names = new HashSet<>();
      method(List.of("@" + SHUTTLE + "OnError"), c.pick("", "public", "protected"), Returns.VOID,
          List.of(new Param(Ty.reference("java.lang.Object"), c.variableName(names)),
              new Param(Ty.reference("java.lang.Throwable"), c.variableName(names)),
              new Param(Ty.reference("java.lang.String"), c.variableName(names))), null);
    }
  }

  private void phased() {
    AnnotationCode phased = new AnnotationCode(SHUTTLE + "Phased");
    if (c.chance(50)) {
      phased.with("parties",
          c.chance(2) ? "-1" : c.pick("0", "1", "4", SHUTTLE + "Phased.MAX_PARTIES", "java.lang.Integer.MAX_VALUE"));
    }
    int phases = 1 + c.below(4);
    Set<String> numbers = new LinkedHashSet<>();
    while (numbers.size() < phases) {
      numbers.add(c.pick("0", "1", "2", "3", "7", "java.lang.Integer.MAX_VALUE", "-1"));
    }
    for (String number : numbers) {
      List<Param> params = c.chance(50) ? List.of(new Param(Ty.primitive("int", "0"), c.variableName(new HashSet<>())))
          : List.of();
      method(List.of("@" + SHUTTLE + "Phase(" + number + ")"), c.pick("", "public", "protected", "final"),
          Returns.VOID, params, null);
    }
    if (c.chance(40)) {
      method(List.of("@" + SHUTTLE + "AfterPhase"), c.pick("", "public", "protected"), Returns.VOID,
          List.of(new Param(Ty.primitive("int", "0"), c.variableName(new HashSet<>()))), null);
    }
    if (c.chance(40)) {
      String until = method(List.of(), c.pick("", "public", "protected"),
          new Returns("boolean", "true", Ty.primitive("boolean", "false")), List.of(), null);
      phased.with("until", string(until));
    }
    subject.annotate(phased.code());
  }

  // ---- woven patterns

  private void readMostly() {
    AnnotationCode readMostly = new AnnotationCode(SHUTTLE + "ReadMostly");
    String lock = c.chance(50) ? c.pick("STAMPED", "READ_WRITE", "MUTEX") : "STAMPED";
    if (c.chance(50)) {
      readMostly.with("lock", SHUTTLE + "LockStrategy." + lock);
    }
    subject.annotate(readMostly.code());
    int methods = 1 + c.below(5);
    for (int i = 0; i < methods; i++) {
      List<String> annotations = new ArrayList<>();
      int mode = c.below(3);
      if (mode == 0) {
        boolean optimistic = (lock.equals("STAMPED") && c.chance(25)) || c.chance(2);
        annotations.add("@" + SHUTTLE + "Read" + (optimistic ? "(optimistic = true)" : ""));
      } else if (mode == 1) {
        annotations.add("@" + SHUTTLE + "Write");
      }
      String modifiers = mode == 2 || !c.chance(20) ? "public" : c.pick("protected", "");
      method(annotations, c.chance(3) ? modifiers + " final" : modifiers, anyReturns(), c.params(3, new HashSet<>()),
          null);
    }
  }

  private void rateLimitedClass() {
    subject.annotate(rateLimit());
    int methods = 1 + c.below(3);
    for (int i = 0; i < methods; i++) {
      method(List.of(), "public", anyReturns(), keyed(c.params(3, new HashSet<>())), null);
    }
  }

  private void rateLimitedMethods() {
    int methods = 1 + c.below(3);
    for (int i = 0; i < methods; i++) {
      if (c.chance(8)) {
        genericMethod(List.of(rateLimit()), c.pick("public", "protected"), null);
        continue;
      }
      method(List.of(rateLimit()), c.pick("public", "public", "protected", ""), anyReturns(),
          keyed(c.params(3, new HashSet<>())), null);
    }
  }

  private String rateLimit() {
    AnnotationCode limit = new AnnotationCode(SHUTTLE + "RateLimited");
    if (onActor && c.chance(80)) { // a limit an actor takes, so the case gets past the bucket's own rules
      return limit.with("value", c.pick("1", "100", "5000")).with("onLimit", SHUTTLE + "OnLimit.FAIL").code();
    }
    limit.with("value", c.chance(2) ? "0" : c.pick(POSITIVE_LONGS));
    if (c.chance(30)) {
      limit.with("period", c.pick("1", "60", "java.lang.Long.MAX_VALUE", "8589934592L"));
    }
    if (c.chance(40)) {
      limit.with("unit", timeUnit(c.pick(TIME_UNITS)));
    }
    if (c.chance(30)) {
      limit.with("burst", c.pick("0", "1", "10", "java.lang.Long.MAX_VALUE"));
    }
    boolean fail = c.chance(onActor ? 70 : 30);
    if (fail || c.chance(20)) {
      limit.with("onLimit", SHUTTLE + "OnLimit." + (fail ? "FAIL" : "WAIT"));
    }
    if (!fail && c.chance(25)) {
      limit.with("maxWait", c.pick("0", "250", "java.lang.Long.MAX_VALUE"));
      if (c.chance(50)) {
        limit.with("maxWaitUnit", timeUnit(c.pick(TIME_UNITS)));
      }
    }
    if (c.chance(25)) {
      limit.with("name", string(c.pick(NamePool.BUCKET_NAMES)));
    }
    return limit.code();
  }

  /** Marks one reference parameter, sometimes, as the rate limit's key. */
  private List<Param> keyed(List<Param> params) {
    List<Param> references = params.stream().filter(p -> !p.type().isPrimitive() && !p.varargs()).toList();
    if (references.isEmpty() || !c.chance(25)) {
      return params;
    }
    Param key = c.pick(references);
    return params.stream()
        .map(p -> p == key ? new Param(p.annotations() + "@" + SHUTTLE + "RateLimited.Key ", p.type(), p.name(), false) : p)
        .toList();
  }

  private void async() {
    declarePools();
    int methods = 1 + c.below(3);
    for (int i = 0; i < methods; i++) {
      AnnotationCode async = new AnnotationCode(SHUTTLE + "Async");
      String pool = poolValue();
      if (pool != null) {
        async.with("pool", pool);
      }
      Returns returns = c.chance(35) ? Returns.VOID : futureReturns();
      method(List.of(async.code()), c.pick("public", "public", "protected", ""), returns, c.params(3, new HashSet<>()),
          null);
    }
  }

  private void race() {
    declarePools();
    int count = c.below(2);
    for (int r = 0; r <= count; r++) {
      List<Param> params = c.params(2, new HashSet<>());
      List<Ty> types = CaseContext.types(params);
      Ty value = c.typeArgument();
      int sources = 2 + c.below(2);
      List<String> names = new ArrayList<>();
      for (int i = 0; i < sources; i++) {
        Returns returns = c.chance(60) ? new Returns(value.code(), value.zero(), value)
            : futureOf(value, c.pick("java.util.concurrent.CompletableFuture", "java.util.concurrent.CompletionStage"));
        names.add(method(List.of(), c.pick("public", "protected", "", "public"), returns, renamed(params), null));
      }
      if (c.chance(20)) {
        String source = c.pick(names);
        List<Param> other = c.params(2, new HashSet<>());
        if (subject.isFree(source, CaseContext.types(other))) {
          method(List.of(), "public", anyReturns(), other, source);
        }
      }
      AnnotationCode race = new AnnotationCode(SHUTTLE + "Race");
      race.with("value", "{" + String.join(", ", names.stream().map(AnnotationCode::string).toList()) + "}");
      if (c.chance(30)) {
        race.with("hedgeAfter", c.pick("1", "50"));
      }
      if (c.chance(30)) {
        race.with("timeout", c.pick("2000", "java.lang.Long.MAX_VALUE"));
      }
      if (c.chance(30)) {
        race.with("unit", timeUnit(c.pick(TIME_UNITS)));
      }
      String pool = poolValue();
      if (pool != null && c.chance(50)) {
        race.with("pool", pool);
        unusedPools.remove(pool);
      }
      Returns returns = futureOf(value, c.pick("java.util.concurrent.CompletableFuture",
          "java.util.concurrent.CompletionStage"));
      String name = c.methodName(subject, types, usedNames);
      subject.method(name, types, CaseContext.method(List.of(race.code()),
          c.pick("public abstract", "protected abstract", "abstract"), returns.code(), name, params, "", null));
    }
  }

  private void forkJoin() {
    Set<String> taken = new HashSet<>();
    List<Param> params = new ArrayList<>(c.params(2, taken));
    Ty bound = c.chance(2) ? c.anyType() : c.pick(Ty.primitive("int", "0"), Ty.primitive("long", "0L"));
    Param from = new Param("@" + SHUTTLE + "From ", bound, c.variableName(taken), false);
    Param to = new Param("@" + SHUTTLE + "To ", bound, c.variableName(taken), false);
    params.removeIf(Param::varargs);
    params.add(c.below(params.size() + 1), from);
    params.add(params.indexOf(from) + 1 + c.below(params.size() - params.indexOf(from)), to);
    AnnotationCode forkJoin = new AnnotationCode(SHUTTLE + "ForkJoin");
    forkJoin.with("threshold", c.chance(2) ? "0" : c.pick(POSITIVE_INTS));
    if (c.chance(30)) {
      forkJoin.with("parallelism",
          c.pick("0", "1", "4", SHUTTLE + "ForkJoin.MAX_PARALLELISM", "java.lang.Integer.MAX_VALUE"));
    }
    int mode = c.below(100);
    Returns returns;
    if (mode < 20) {
      returns = Returns.VOID;
    } else {
      Ty result = mode < 65 ? c.pick(Ty.primitive("int", "0"), Ty.primitive("long", "0L"),
          Ty.primitive("double", "0.0"), Ty.primitive("float", "0f"), Ty.primitive("short", "(short) 0"),
          Ty.box("java.lang.Integer"), Ty.box("java.lang.Long")) : c.referenceType();
      returns = new Returns(result.code(), result.zero(), result);
      if (!result.isNumeric() || c.chance(20)) {
        Set<String> names = new HashSet<>();
        String modifiers = c.pick("", "static", "public", "protected", "private static");
        String combine = method(List.of(), result.isVariable() ? modifiers.replace("static", "").strip() : modifiers, returns,
            List.of(new Param(result, c.variableName(names)), new Param(result, c.variableName(names))), null);
        forkJoin.with("combine", string(combine));
      }
    }
    method(List.of(forkJoin.code()), c.pick("public", "public", "protected", ""), returns, params, taskNamedName());
  }

  /** {@code sum} where the class has a type variable {@code SumTask}, sometimes: the name of the method's task class. */
  private String taskNamedName() {
    return c.typeVariableNames().stream()
        .filter(variable -> variable.endsWith("Task") && variable.length() > "Task".length() && c.chance(50))
        .map(variable -> Character.toLowerCase(variable.charAt(0)) + variable.substring(1, variable.length() - 4))
        .findFirst().orElse(null);
  }

  // ---- pools, for @Async and @Race

  private void declarePools() {
    if (poolsDeclared) {
      return;
    }
    poolsDeclared = true;
    if (c.chance(30)) {
      subject.annotate(pool(null));
      poolValues.add(null);
    } else {
      poolValues.add(null); // the default pool is there without a declaration
    }
    int named = c.below(3);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < named; i++) {
      String name = c.pick(NamePool.POOL_NAMES);
      if (names.add(name)) {
        subject.annotate(pool(name));
        poolValues.add(string(name));
        unusedPools.add(string(name));
      }
    }
  }

  private String pool(String name) {
    AnnotationCode pool = new AnnotationCode(SHUTTLE + "Pool");
    if (name != null) {
      pool.with("name", string(name));
    }
    String sizing = c.pick("CPU_BOUND", "IO_BOUND", "MIXED", "FIXED", "VIRTUAL", "ADAPTIVE");
    if (!sizing.equals("MIXED") || c.chance(50)) {
      pool.with("sizing", SHUTTLE + "Sizing." + sizing);
    }
    switch (sizing) {
      case "FIXED" -> pool.with("threads", c.pick(atLimit(POSITIVE_INTS, SHUTTLE + "Pool.MAX_THREADS")));
      case "IO_BOUND", "VIRTUAL" -> {
        if (c.chance(50)) {
          pool.with("waitRatio", c.pick("0.0", "9.0", "0.5", "1e9"));
        }
      }
      case "ADAPTIVE" -> {
        if (c.chance(50)) {
          pool.with("maxThreads", c.pick(POSITIVE_INTS));
        }
      }
      default -> { }
    }
    if (c.chance(30)) {
      pool.with("queue", c.pick(POSITIVE_INTS));
    }
    if (c.chance(30)) {
      pool.with("overflow", SHUTTLE + "Overflow." + c.pick("BLOCK", "REJECT"));
    }
    return pool.code();
  }

  /** A pool for a method to name: first the declared ones no method uses yet; {@code null} for the default. */
  private String poolValue() {
    if (!unusedPools.isEmpty()) {
      return unusedPools.remove(0);
    }
    return c.pick(poolValues);
  }

  // ---- methods

  /** Adds a method to the subject, named from the pool unless {@code name} is given; returns its name. */
  private String method(List<String> annotations, String modifiers, Returns returns, List<Param> params, String name) {
    return method(annotations, modifiers, returns, params, name, chosen -> "");
  }

  /** The same, with {@code statements} (given the name chosen) at the start of the body. */
  private String method(List<String> annotations, String modifiers, Returns returns, List<Param> params, String name,
      Function<String, String> statements) {
    List<Ty> types = CaseContext.types(params);
    String chosen = name != null && subject.isFree(name, types) ? name : c.methodName(subject, types, usedNames);
    boolean isAbstract = modifiers.contains("abstract");
    String body = isAbstract ? null : statements.apply(chosen) + c.body(returns.code(), returns.zero());
    subject.method(chosen, types, CaseContext.method(annotations, modifiers, returns.code(), chosen, params,
        c.throwsClause(), body));
    return chosen;
  }

  /**
   * {@code public <X> X name(X x)}: a generic method, with a type variable of its own, sometimes
   * named like the class a generator derives from the method's name ({@code <PutMessage> put},
   * with {@code derivedSuffix} {@code "Message"}; {@code null} for none), which the generated
   * method declares too.
   */
  private void genericMethod(List<String> annotations, String modifiers, String derivedSuffix) {
    List<Ty> erased = List.of(Ty.variable("X")); // the method's type variable is unbounded: it erases to Object
    String name = c.methodName(subject, erased, usedNames);
    String derived = Character.toUpperCase(name.charAt(0)) + name.substring(1) + derivedSuffix;
    String variable = derivedSuffix != null && c.chance(30) && c.declare(derived) ? derived
        : c.declareType(NamePool.TYPE_VARIABLES, "M");
    Ty t = Ty.variable(variable);
    List<Param> params = List.of(new Param(t, c.variableName(new HashSet<>())));
    subject.method(name, CaseContext.types(params), CaseContext.method(annotations,
        modifiers + " <" + variable + ">", variable, name, params, "", "  return null;\n"));
  }

  private Returns anyReturns() {
    int mode = c.below(100);
    if (mode < 30) {
      return Returns.VOID;
    }
    if (mode < 70) {
      Ty type = c.anyType();
      return new Returns(type.code(), type.zero(), type);
    }
    return futureReturns();
  }

  private Returns futureReturns() {
    return futureOf(c.typeArgument(), c.pick("java.util.concurrent.CompletableFuture",
        "java.util.concurrent.CompletionStage"));
  }

  private static Returns futureOf(Ty value, String futureType) {
    String code = futureType + "<" + value.boxed() + ">";
    return new Returns(code, "java.util.concurrent.CompletableFuture.completedFuture(null)", Ty.reference(code));
  }

  /** The same parameter types under other names: a race's sources need not name them alike. */
  private List<Param> renamed(List<Param> params) {
    if (!c.chance(50)) {
      return params;
    }
    Set<String> names = new HashSet<>();
    return params.stream().map(p -> new Param(p.annotations(), p.type(), c.variableName(names), p.varargs())).toList();
  }

  private boolean isAbstract() {
    return subject.header().contains("abstract ");
  }
}
