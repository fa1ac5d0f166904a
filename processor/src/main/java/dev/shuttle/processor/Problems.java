package dev.shuttle.processor;

import static dev.shuttle.processor.Problem.error;
import static dev.shuttle.processor.Problem.warning;

import dev.shuttle.Actor;
import dev.shuttle.FailurePolicy;
import dev.shuttle.ForkJoin;
import dev.shuttle.LockStrategy;
import dev.shuttle.Phased;
import dev.shuttle.Pipeline;
import dev.shuttle.Pool;
import dev.shuttle.Sizing;
import dev.shuttle.Stage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/**
 * Every problem the processor reports, in one place, each with its kind (MapStruct's
 * {@code Message}): most are errors; the warnings are the few things that compile and run but are
 * most likely a mistake. Each says what is wrong and how to fix it. Tests assert on these texts.
 *
 * <p>Named for what they are to the user, problems in their code, and so as not to read like the
 * messages an actor receives ({@code ActorMessage}, and {@code ActorMessages} in this processor).
 */
public final class Problems {
  private Problems() {}

  /** How problems (and generated Javadoc) name an annotation type: {@code @Actor}, {@code @RateLimited.Key}. */
  public static String shown(Class<? extends Annotation> annotation) {
    return "@" + annotation.getCanonicalName().substring(annotation.getPackageName().length() + 1);
  }

  /** Shuttle itself failed; the user can only report it. */
  public static Problem internalFailure(String type, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    return error("Shuttle failed internally while processing " + type + ": " + failure
        + ". This is a bug in Shuttle; please report it with this message and the class that triggers it.\n" + trace);
  }

  // ---- the class a pattern generates from (docs/class-rules.md)

  /**
   * A Shuttle annotation inside a local class ({@code kind} and {@code name}), an anonymous one
   * ({@code name} null), or a lambda ({@code kind} null): no processor is handed it.
   */
  public static Problem annotationNoProcessorSees(String annotation, ElementKind kind, String name) {
    String where = kind == null ? "on a lambda's parameter"
        : name == null ? "inside an anonymous class" : "inside local " + kindName(kind) + " " + name;
    String remedy = kind == null ? "Shuttle reads it only on the parameters of methods. Remove it."
        : name == null ? "Declare a named member or top-level class instead of the anonymous one."
        : "Move " + name + " out of the method body, as a member or top-level " + kindName(kind) + ".";
    return error(annotation + " " + where + " is never processed: Shuttle sees only top-level and member types and "
        + "their members, so nothing would be generated for it. " + remedy);
  }

  /** A pattern whose annotation goes on the class itself ({@code @Actor}) is on another kind of type. */
  public static Problem notAClass(Class<? extends Annotation> annotation, ElementKind kind, String type) {
    return error(shown(annotation) + " must be on a class, but " + type + " is " + withArticle(kindName(kind))
        + ". Put " + shown(annotation) + " on a class.");
  }

  /** A pattern woven into a subclass ({@code @Async} on a method) is in another kind of type. */
  public static Problem notAClassToExtend(Class<? extends Annotation> annotation, ElementKind kind, String type) {
    return error(shown(annotation) + " must be in a class, but " + type + " is " + withArticle(kindName(kind))
        + ". Put it on a class the generated subclass can extend.");
  }

  public static Problem mustNotBePrivate(Class<? extends Annotation> annotation, String type, String generated) {
    return error(shown(annotation) + " class " + type + " is private (or nested in a private class), so the generated "
        + generated + " cannot see it. Make it package-private or public.");
  }

  /** Both at once, in one error: a private inner class is usually one declaration to fix, not two. */
  public static Problem mustNotBePrivateNorInner(Class<? extends Annotation> annotation, String type, String generated) {
    return error(shown(annotation) + " class " + type + " is private and inner (non-static), so the generated "
        + generated + ", a top-level class, can neither see it nor give it an outer instance. Make it a static, "
        + "package-private or public nested class.");
  }

  public static Problem genericNotSupported(Class<? extends Annotation> annotation, String type) {
    return error(shown(annotation) + " class " + type + " is generic, which " + shown(annotation)
        + " does not support yet. Put " + shown(annotation)
        + " on a non-generic subclass instead (e.g. class IntBox extends Box<Integer>).");
  }

  public static Problem innerOfGenericNotSupported(Class<? extends Annotation> annotation, String type, String outer) {
    return error(shown(annotation) + " class " + type + " is an inner class of the generic " + outer
        + ", so its type needs " + outer + "'s type arguments, which " + shown(annotation)
        + " does not support yet. Make " + type + " static.");
  }

  public static Problem oneInstancePattern(Class<? extends Annotation> annotation,
      List<Class<? extends Annotation>> others, String type) {
    String also = others.stream().map(Problems::shown).collect(Collectors.joining(" and "));
    return error(shown(annotation) + " and " + also + " are both on class " + type + ": each generated class would "
        + "run its own " + type + " instance on its own threads, so neither pattern's promise would cover the other's "
        + "calls. Keep one, and move the other's methods to a class of their own.");
  }

  public static Problem actorWithLock(Class<? extends Annotation> annotation, String type) {
    return error(shown(annotation) + " on @Actor class " + type + ": the actor's mailbox already runs its messages one "
        + "at a time, so a lock would guard nothing and cost every message. Remove " + shown(annotation) + ".");
  }

  public static Problem actorWithOffTurnBody(Class<? extends Annotation> annotation, String type) {
    return error(shown(annotation) + " on a method of @Actor class " + type + " would run the body on pool threads, "
        + "outside the actor's turn, where it races the actor's next message over the state of " + type + ". Remove "
        + shown(annotation) + ": a message already runs asynchronously to its sender, and an ask returns a future.");
  }

  /** @param method {@code Client.fetch()}, not public, so no message of the actor {@code type} */
  public static Problem actorWaitingLimitOffMessage(String method, String type) {
    return error("@RateLimited with onLimit = WAIT on " + method + ", which is not a message of @Actor class " + type
        + " (only its public methods are): the actor holds a message until its permit is due, but this method runs "
        + "within another message, whose thread would wait for the permit, holding up a thread of the executor that "
        + "actors share. Make it public, so that it is a message of its own, or use onLimit = OnLimit.FAIL.");
  }

  /** @param classLevel whether the class's {@code @RateLimited} covers the handler, rather than its own */
  public static Problem actorWaitingLimitOnFailureHandler(String method, String type, boolean classLevel) {
    return error("@RateLimited with onLimit = WAIT " + (classLevel ? "on @Actor class " + type + " covers " : "on ")
        + method + ", the @OnFailure handler of " + (classLevel ? "the class" : "@Actor class " + type) + ": it runs "
        + "after a failed message, not as a message, so its thread would wait for the permit, holding up a thread of "
        + "the executor that actors share. " + (classLevel
            ? "Make the handler non-public, or put @RateLimited on the methods that need it instead of the class."
            : "Remove the limit, or use onLimit = OnLimit.FAIL."));
  }

  public static Problem generatedNameTaken(Class<? extends Annotation> annotation, String type, String generated) {
    return error(shown(annotation) + " class " + type + " would generate " + generated + ", but a type named "
        + generated + " already exists. Rename one of them.");
  }

  /** @param others the other user types, as the source names them: "Outer_Foo" */
  public static Problem generatedNameClash(String type, String generated, List<String> others) {
    return error(type + " would generate " + generated + ", and so would " + String.join(" and ", others)
        + ": generated names flatten nesting with '_'. Rename one of them.");
  }

  /**
   * @param type the class's simple name
   * @param flatName what the generated name is made of: {@code Outer_Foo} for a nested {@code Foo}
   */
  public static Problem classFileNameTooLong(
      Class<? extends Annotation> annotation, String type, String flatName, String file) {
    return error(shown(annotation) + " class " + type + " would generate " + file + ", " + overFileNameLimit(file)
        + " Shorten the class name (" + flatName.length() + " characters"
        + (flatName.equals(type) ? "" : ", with the classes around it: " + flatName) + ").");
  }

  /** A class generated for one method (an actor's message, a stage, a fork/join task) has too long a name. */
  public static Problem methodFileNameTooLong(String method, String methodName, String flatName, String file) {
    return error("Method " + method + " would generate " + file + ", " + overFileNameLimit(file)
        + " Shorten the method name (" + methodName.length() + " characters) or the class name (" + flatName.length()
        + ").");
  }

  private static String overFileNameLimit(String file) {
    int bytes = GeneratedNames.fileNameBytes(file);
    return "a file name of " + bytes + " bytes, " + (bytes - GeneratedNames.MAX_FILE_NAME_BYTES) + " more than the "
        + GeneratedNames.MAX_FILE_NAME_BYTES + " that file systems allow.";
  }

  /** @param variable "Field 'dev' of Client" or "Parameter 'dev' of Client.call(int)" */
  public static Problem variableObscuresPackage(String name, String variable, String qualifiedName, String generated) {
    String simpleName = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    return error(variable + " is in scope in the generated " + generated + ", which must write " + qualifiedName
        + " in full there, because a name in scope (a field, parameter or member type) takes its simple name "
        + simpleName + ". Java reads '" + name + ".' as the variable, so the type cannot be named. Rename the "
        + "variable, or whatever is called " + simpleName + ".");
  }

  public static Problem mustNotBeFinal(Class<? extends Annotation> annotation, String type, String generated) {
    return error(shown(annotation) + " class " + type + " must not be final: the generated " + generated
        + " extends it. Remove 'final'.");
  }

  public static Problem mustNotBeSealed(Class<? extends Annotation> annotation, String type, String generated) {
    return error(shown(annotation) + " class " + type + " must not be sealed: the generated " + generated
        + " extends it, and only the classes it permits may. Remove 'sealed', or move the "
        + "annotations to a non-sealed subclass.");
  }

  public static Problem signatureTypePrivate(String method, String type, String generated) {
    return error(method + " names " + type + ", which is private (or nested in a private type), so the generated "
        + generated + " cannot name it. Make " + type + " package-private or public.");
  }

  public static Problem signatureTypeNotPublic(String method, String type, String typePackage, String generated) {
    return error(method + " names " + type + ", which is not public and belongs to package " + typePackage
        + ", so the generated " + generated + " cannot name it. Make " + type + " public.");
  }

  public static Problem mustNotBeInner(Class<? extends Annotation> annotation, String type, String generated) {
    return error(shown(annotation) + " class " + type + " is an inner (non-static) class: the generated " + generated
        + " is a top-level class and has no outer instance to give it. Make it static.");
  }

  public static Problem needsAccessibleConstructor(
      Class<? extends Annotation> annotation, String type, String generated) {
    return error(shown(annotation) + " class " + type + " has no non-private constructor, so the generated "
        + generated + " cannot extend it. Add a package-private, protected or public constructor.");
  }

  public static Problem abstractMethodsLeft(String type, String generated, List<String> methods) {
    return error("Class " + type + " is abstract and " + generated + " would not implement " + String.join(", ", methods)
        + ". Implement them in " + type + ", or make the class concrete.");
  }

  /** {@code @Stage} in a class without {@code @Pipeline}, {@code @OnFailure} without {@code @Actor}... */
  public static Problem outsidePattern(
      Class<? extends Annotation> member, String method, String type, Class<? extends Annotation> pattern) {
    return error(shown(member) + " method " + method + " is in " + type + ", which is not "
        + withArticle(shown(pattern)) + " class. Put " + shown(pattern) + " on " + type + ", or remove "
        + shown(member) + ".");
  }

  // ---- the methods a woven subclass overrides

  public static Problem methodNotOverridable(
      Class<? extends Annotation> annotation, String method, Modifier modifier, String generated) {
    return error(shown(annotation) + " method " + method + " is " + modifier + ", so the generated " + generated
        + " cannot override it to add the guard. Remove '" + modifier + "'.");
  }

  public static Problem classLevelMethodNotOverridable(
      Class<? extends Annotation> annotation, String type, String method, String generated, String remedy) {
    return error(shown(annotation) + " on class " + type + " applies to every public method, but " + method
        + " is final, so the generated " + generated + " cannot guard it. Make it non-final, or " + remedy + ".");
  }

  public static Problem wovenAccessorClash(String type, String generated, String accessor) {
    return error("Method " + accessor + "() of " + type + " clashes with " + generated + "." + accessor
        + "(), which Shuttle generates to list the instance's rate limiters, lock and pools with their snapshots."
        + " Rename the method or make it private.");
  }

  // ---- @RateLimited

  public static Problem rateLimitValueNotPositive(long value) {
    return error("@RateLimited(value = " + value + "): value must be positive (permits per period).");
  }

  public static Problem rateLimitPeriodNotPositive(long period) {
    return error("@RateLimited(period = " + period + "): period must be positive.");
  }

  public static Problem rateLimitBurst(long value) {
    return error("@RateLimited(burst = " + value + "): the bucket must hold at least 1 permit. "
        + "Leave burst out (or 0) for a bucket as big as value.");
  }

  public static Problem rateLimitRefillTooLong(long value, long period, TimeUnit unit, long burst) {
    return error("@RateLimited(value = " + value + ", period = " + period + ", unit = " + unit + "): a full bucket of "
        + burst + " permits would take more than RateLimited.MAX_REFILL_NANOS (2^59 ns, about 18 years) to refill. "
        + "Use a shorter period, more permits per period, or a smaller burst.");
  }

  public static Problem rateLimitMaxWaitWithFail() {
    return error("@RateLimited(maxWait = ...) has no meaning with onLimit = FAIL, which never waits. "
        + "Remove maxWait, or use onLimit = WAIT to wait at most maxWait.");
  }

  public static Problem rateLimitMaxWaitNegative(long value) {
    return error("@RateLimited(maxWait = " + value + "): maxWait must be 0 or more, or left out to wait as long as needed.");
  }

  public static Problem rateLimitKeyTwice(String method) {
    return error("Method " + method + " has more than one @RateLimited.Key parameter. Keep one, or combine them into one key object.");
  }

  public static Problem rateLimitCostTwice(String method) {
    return error("Method " + method + " has more than one @RateLimited.Cost parameter. Keep one: a call costs one "
        + "number of permits (add the parts up before the call).");
  }

  public static Problem rateLimitCostNotInt(String method, String type) {
    return error("@RateLimited.Cost on a parameter of " + method + " of type " + type + ": a cost is a number of "
        + "permits, an int. Make the parameter an int.");
  }

  public static Problem rateLimitCostWithoutLimit(String method) {
    return error("@RateLimited.Cost on a parameter of " + method + ", which is not rate limited. "
        + "Put @RateLimited on the method (or its class), or remove @RateLimited.Cost.");
  }

  public static Problem rateLimitCostOnWaitingActor(String method) {
    return error("@RateLimited.Cost on a parameter of " + method + ", a message of an @Actor class whose rate limit "
        + "waits: the actor reserves one permit per message. Use onLimit = OnLimit.FAIL, or remove @RateLimited.Cost.");
  }

  public static Problem rateLimitKeyWithoutLimit(String method) {
    return error("@RateLimited.Key on a parameter of " + method + ", which is not rate limited. "
        + "Put @RateLimited on the method (or its class), or remove @RateLimited.Key.");
  }

  /**
   * A {@code @RateLimited.Key} on a method of a class-level {@code @RateLimited} class that the class's
   * limit does not reach: it applies only to public instance methods.
   */
  public static Problem rateLimitKeyOutsideClassLimit(String method, String type, Set<Modifier> modifiers) {
    boolean isPrivate = modifiers.contains(Modifier.PRIVATE);
    boolean isStatic = modifiers.contains(Modifier.STATIC);
    String what = isPrivate && isStatic ? "private and static" : isPrivate ? "private" : isStatic ? "static"
        : modifiers.contains(Modifier.PROTECTED) ? "protected" : "package-private";
    String remedy = isPrivate || isStatic
        ? "Make it a public instance method, or remove @RateLimited.Key: the generated subclass cannot override a "
            + what + " method to limit it."
        : "Make it public, or put @RateLimited on the method itself, or remove @RateLimited.Key.";
    return error("@RateLimited.Key on a parameter of " + method + ", which is " + what + ", so the @RateLimited on "
        + "class " + type + " does not limit it: a class's limit applies to its public instance methods. " + remedy);
  }

  // ---- @ReadMostly

  public static Problem lockModeOutsideReadMostly(Class<? extends Annotation> annotation, String method, String type) {
    return error(shown(annotation) + " on " + method + " has no effect: " + type + " is not @ReadMostly. "
        + "Put @ReadMostly on " + type + " (or make it abstract, for @ReadMostly subclasses), or remove "
        + shown(annotation) + ".");
  }

  public static Problem readAndWrite(String method) {
    return error(method + " is both @Read and @Write. A method either only reads (@Read) or changes the state (@Write): "
        + "keep one.");
  }

  public static Problem optimisticNeedsStamped(LockStrategy strategy) {
    return error("@Read(optimistic = true) needs @ReadMostly(lock = LockStrategy.STAMPED), but the class uses " + strategy
        + ": only a StampedLock can validate an optimistic read. Use STAMPED, or remove optimistic.");
  }

  public static Problem publicMutableField(String field, String type) {
    return warning("Public field " + field + " of @ReadMostly class " + type + " can be read and written without the lock. "
        + "Make it private (with @Read/@Write accessors) or final.");
  }

  // ---- @Pipeline

  public static Problem pipelineBoundTooSmall(int value) {
    return error("@Pipeline(bound = " + value + "): every queue needs room for at least 1 item. "
        + "Use bound >= 1, or leave it out for the default of 100.");
  }

  public static Problem pipelineNoStages(String type) {
    return error("@Pipeline class " + type + " has no @Stage method, so submitted items would have nowhere to go. "
        + "Annotate the methods that handle items with @Stage, in the order they run.");
  }

  public static Problem stageWorkersTooSmall(String method, int value) {
    return error("@Stage(workers = " + value + ") on " + method + ": a stage needs at least 1 worker thread. Use workers >= 1.");
  }

  public static Problem stageWorkersTooLarge(String method, int value) {
    return error("@Stage(workers = " + value + ") on " + method + ": a stage runs at most Stage.MAX_WORKERS ("
        + Stage.MAX_WORKERS + ") worker threads. Use fewer workers.");
  }

  public static Problem pipelineBoundTooLarge(int value) {
    return error("@Pipeline(bound = " + value + "): a queue holds at most Pipeline.MAX_BOUND (" + Pipeline.MAX_BOUND
        + ") items. Use a smaller bound.");
  }

  public static Problem stageBoundTooLarge(String method, int value) {
    return error("@Stage(bound = " + value + ") on " + method + ": a queue holds at most Pipeline.MAX_BOUND ("
        + Pipeline.MAX_BOUND + ") items. Use a smaller bound.");
  }

  public static Problem stageBoundTooSmall(String method, int value) {
    return error("@Stage(bound = " + value + ") on " + method + ": the stage's queue needs room for at least 1 item. "
        + "Use bound >= 1, or leave it out to use the @Pipeline's bound.");
  }

  public static Problem stagePrivate(String method, String generated) {
    return error("@Stage method " + method + " is private, so the generated " + generated + " cannot call it. "
        + "Remove 'private'.");
  }

  public static Problem stageStatic(String method, String generated) {
    return error("@Stage method " + method + " is static, but stages run on the instance given to " + generated
        + ".start(...). Remove 'static'.");
  }

  public static Problem stageGeneric(String method) {
    return error("@Stage method " + method + " is generic, but each stage needs one concrete item type to check "
        + "against its neighbours. Remove the type parameters and use concrete types.");
  }

  public static Problem stageParameterCount(String method, int count) {
    return error("@Stage method " + method + " takes " + count + " parameters, but a stage takes exactly one: the item "
        + "it handles. " + (count == 0 ? "Add that parameter." : "Bundle the values into one type (a record, say)."));
  }

  public static Problem stageTypeMismatch(String method, String accepted, String previous, String passed) {
    return error("@Stage method " + method + " takes " + accepted + ", but the stage before it, " + previous
        + ", passes on " + passed + ". Make " + method + " accept " + passed + " (or a supertype), or make "
        + previous + " pass on " + accepted + ".");
  }

  public static Problem stageVoidNotLast(String method, String next) {
    return error("@Stage method " + method + " returns void, so nothing reaches the next stage, " + next
        + ". Return the item to pass on (Optional to filter), or make it the last stage.");
  }

  public static Problem stageExpandNotIterable(String method, String returned) {
    return error("@Stage(expand = true) on " + method + ", which returns " + returned + ", not an Iterable. "
        + "Return an Iterable (a List, say) whose elements go on one by one, or remove expand = true.");
  }

  public static Problem onErrorSignature(String method) {
    return error("@OnError method " + method + " must be a non-private, non-static method "
        + "void failed(Object item, Throwable error, String stage): the item, what the stage threw, and the stage's name.");
  }

  public static Problem onErrorDuplicate(String type, List<String> methods) {
    return error("@Pipeline class " + type + " has more than one @OnError method (" + String.join(", ", methods)
        + "). Keep one.");
  }

  // ---- @Actor

  public static Problem actorMailboxNegative(int value) {
    return error("@Actor(mailbox = " + value + "): the mailbox capacity must be 0 (unbounded) or a positive number of messages.");
  }

  public static Problem actorMailboxTooLarge(int value) {
    return error("@Actor(mailbox = " + value + "): the mailbox capacity must be at most Actor.MAX_MAILBOX ("
        + Actor.MAX_MAILBOX + ") messages. Use a smaller capacity, or leave mailbox out for an unbounded mailbox.");
  }

  public static Problem actorThroughputNegative(int value) {
    return error("@Actor(throughput = " + value + "): messages per turn must be 0 (the runtime default) or positive.");
  }

  /** A restart setting on an actor that does not restart. */
  public static Problem actorRestartSettingWithoutRestart(String attribute, FailurePolicy policy) {
    return error("@Actor(" + attribute + " = ...) only applies with onFailure = RESTART, but this actor's onFailure is "
        + policy + ". Remove " + attribute + ", or set onFailure = FailurePolicy.RESTART.");
  }

  /** {@code maxRestarts = 0}: {@code rule} says what it must be. */
  public static Problem actorRestartSetting(String attribute, int value, String rule) {
    return error("@Actor(" + attribute + " = " + value + "): " + rule + ".");
  }

  public static Problem actorOverflowUnbounded() {
    return warning("@Actor(overflow = ...) has no effect with an unbounded mailbox. Set mailbox = N as well, or remove overflow.");
  }

  public static Problem actorReservedName(String method, String type, String generated, String purpose) {
    return error("Public method " + method + "() of @Actor class " + type + " clashes with " + generated + "." + method
        + "(), which Shuttle generates to " + purpose + ". Rename the method or make it non-public.");
  }

  public static Problem actorNoMessages(String type, String generated) {
    return warning("@Actor class " + type + " has no public instance method, so " + generated
        + " accepts no message. Make the methods callers should send public.");
  }

  /**
   * A method Shuttle calls itself (a handler, a phase, a combine) declares type parameters: no call
   * site could choose them. {@code what} introduces it: {@code @Phase method}.
   */
  public static Problem mustNotDeclareTypeParameters(String what, String method, String typeParameters) {
    return error(what + " " + method + " must not declare type parameters (" + typeParameters + "): Shuttle calls it "
        + "itself, with no type arguments to choose. Remove " + typeParameters + " and use concrete types.");
  }

  public static Problem onFailureSignature(String method) {
    return error("@OnFailure method " + method + " must be a non-private instance method that takes one Throwable "
        + "and returns void, e.g. void failed(Throwable error).");
  }

  public static Problem onFailureDuplicate(String type, List<String> methods) {
    return error("@Actor class " + type + " has more than one @OnFailure method (" + String.join(", ", methods)
        + "). Keep one.");
  }

  // ---- @ForkJoin

  public static Problem forkJoinThreshold(int value) {
    return error("@ForkJoin(threshold = " + value + "): threshold must be at least 1: it is the largest range the original "
        + "method runs without splitting it further, e.g. threshold = 10_000; or leave it out (ForkJoin.AUTO) to split "
        + "each call into a few ranges per worker.");
  }

  public static Problem forkJoinParallelismTooLarge(int value) {
    return error("@ForkJoin(parallelism = " + value + "): a ForkJoinPool runs at most ForkJoin.MAX_PARALLELISM ("
        + ForkJoin.MAX_PARALLELISM + ") threads. Use a smaller parallelism, or 0 for ForkJoinPool.commonPool().");
  }

  public static Problem forkJoinParallelism(int value) {
    return error("@ForkJoin(parallelism = " + value + "): parallelism must be 0 (run on ForkJoinPool.commonPool()) or "
        + "the number of threads of the method's own pool.");
  }

  public static Problem forkJoinBoundMissing(String method, Class<? extends Annotation> bound) {
    return error("@ForkJoin method " + method + " has no " + shown(bound) + " parameter. Mark where its range starts with "
        + "@From and where it ends with @To, e.g. long sum(long[] array, @From int start, @To int end).");
  }

  public static Problem forkJoinBoundTwice(String method, Class<? extends Annotation> bound) {
    return error("Method " + method + " has more than one " + shown(bound) + " parameter. Keep one: the range is [@From, @To).");
  }

  public static Problem forkJoinBoundType(
      Class<? extends Annotation> bound, String parameter, String method, String type) {
    return error(shown(bound) + " parameter " + parameter + " of " + method + " is " + type
        + ", but a range bound must be an int or a long. Change its type, or move " + shown(bound) + " to the bound.");
  }

  public static Problem forkJoinBoundsDiffer(String method, String fromType, String toType) {
    return error("The bounds of " + method + " are @From " + fromType + " and @To " + toType
        + ". Give them the same type: both int or both long.");
  }

  public static Problem forkJoinBoundsSameParameter(String parameter, String method) {
    return error("Parameter " + parameter + " of " + method + " is both @From and @To, which makes every range empty. "
        + "Put @To on the parameter where the range ends.");
  }

  public static Problem forkJoinBoundWithoutForkJoin(Class<? extends Annotation> bound, String method) {
    return error(shown(bound) + " on a parameter of " + method + ", which is not @ForkJoin. "
        + "Put @ForkJoin(threshold = ...) on the method, or remove " + shown(bound) + ".");
  }

  public static Problem forkJoinNeedsCombine(String method, String result) {
    return error("@ForkJoin method " + method + " returns " + result + ", which cannot be added up with +. Name a method "
        + "that combines two adjacent results, e.g. @ForkJoin(threshold = ..., combine = \"merge\") with "
        + result + " merge(" + result + " left, " + result + " right).");
  }

  public static Problem forkJoinCombineMissing(String combine, String type, String result, List<String> methods) {
    return error("@ForkJoin(combine = \"" + combine + "\"): " + type + " has no method named " + combine + "."
        + Suggestions.didYouMean(combine, methods) + " Add " + result + " " + combine + "(" + result + " left, " + result + " right), or fix the name.");
  }

  public static Problem forkJoinCombineSignature(String combine, List<String> found, String result) {
    return error("@ForkJoin(combine = \"" + combine + "\"): " + String.join(", ", found) + " cannot combine two results. "
        + "It must be a non-private method " + result + " " + combine + "(" + result + " left, " + result + " right).");
  }

  public static Problem forkJoinCombineThrows(String combine, List<String> checked) {
    return error("@ForkJoin(combine = ...): " + combine + " declares " + String.join(", ", checked) + ", but results "
        + "are combined inside fork/join tasks, which cannot throw checked exceptions. Handle them in the combine "
        + "method (or wrap them in an unchecked exception) and remove the throws clause.");
  }

  public static Problem forkJoinCombineOnVoid(String method) {
    return error("@ForkJoin(combine = ...) on " + method + ", which returns void: there are no results to combine. "
        + "Remove combine.");
  }

  // ---- @Phased

  public static Problem phasedPartiesTooLarge(int value) {
    return error("@Phased(parties = " + value + "): each party runs on a thread of its own, and a run has at most "
        + "Phased.MAX_PARTIES (" + Phased.MAX_PARTIES + ") of them. Use fewer parties.");
  }

  public static Problem phasedPartiesNegative(int value) {
    return error("@Phased(parties = " + value + "): parties must be 0 (one per available processor) or a positive number "
        + "of threads.");
  }

  public static Problem phasedNoPhases(String type) {
    return error("@Phased class " + type + " has no @Phase method, so its parties would have nothing to do. "
        + "Mark the steps with @Phase(1), @Phase(2)..., e.g. @Phase(1) void forces(int party).");
  }

  public static Problem phaseDuplicate(int number, List<String> methods) {
    return error("@Phase(" + number + ") is on more than one method (" + String.join(", ", methods)
        + "). Give each phase its own number: phases run in increasing order.");
  }

  public static Problem phaseSignature(String method) {
    return error("@Phase method " + method + " must be a non-private instance method returning void that takes no "
        + "parameter or one int (the party, 0 to parties - 1), e.g. @Phase(1) void forces(int party).");
  }

  public static Problem afterPhaseSignature(String method) {
    return error("@AfterPhase method " + method + " must be a non-private instance method returning void that takes one "
        + "int (the number of the phase just finished), e.g. @AfterPhase void checkpoint(int phase).");
  }

  public static Problem afterPhaseDuplicate(String type, List<String> methods) {
    return error("@Phased class " + type + " has more than one @AfterPhase method (" + String.join(", ", methods)
        + "). Keep one; it can call the others.");
  }

  public static Problem phasedUntilMissing(String until, String type, List<String> methods) {
    return error("@Phased(until = \"" + until + "\"): " + type + " has no method named " + until + "."
        + Suggestions.didYouMean(until, methods) + " Add boolean " + until + "(), which says after each round whether to stop, or fix the name.");
  }

  public static Problem phasedUntilSignature(String until, List<String> found) {
    return error("@Phased(until = \"" + until + "\"): " + String.join(", ", found) + " cannot say whether to stop. "
        + "It must be a non-private instance method boolean " + until + "() with no parameters.");
  }

  // ---- @Async

  public static Problem asyncReturnType(String method, String returned) {
    return error("@Async method " + method + " returns " + returned + ", but an @Async method must return "
        + "CompletableFuture<T>, CompletionStage<T> or void: its caller gets the future at once while the body runs "
        + "on the pool. Return CompletableFuture.completedFuture(result) from the body, or make it void (fire and forget).");
  }

  // ---- @Pool (the pools @Async and @Race run on)

  public static Problem poolUnknown(Class<? extends Annotation> annotation, String pool, String type, List<String> declared) {
    List<String> known = new ArrayList<>(declared);
    known.addAll(List.of(Pool.CPU, Pool.IO));
    return error(shown(annotation) + "(pool = \"" + pool + "\"): no pool named \"" + pool + "\" is declared on " + type
        + "." + Suggestions.didYouMean(pool, known) + " Declare it with @Pool(name = \"" + pool + "\", sizing = ...) on " + type
        + " (classes that declare a name the same way share one pool), or use a built-in pool: \"" + Pool.CPU
        + "\", \"" + Pool.IO + "\""
        + (declared.isEmpty() ? "" : ", or one declared here: \"" + String.join("\", \"", declared) + "\"") + ".");
  }

  public static Problem poolDeclaredTwice(String pool, String type) {
    return error(pool.isEmpty()
        ? "Class " + type + " has more than one default @Pool (without a name). Keep one, or give the others names."
        : "Pool \"" + pool + "\" is declared twice on " + type + ". Keep one @Pool(name = \"" + pool + "\").");
  }

  public static Problem poolConfiguredTwoWays(String pool, String type, String first, String second) {
    return error((pool.isEmpty() ? "The default pool" : "Pool \"" + pool + "\"") + " is configured two different ways on "
        + type + ": " + first + ", and " + second + ". A name is one pool: keep one "
        + (pool.isEmpty() ? "unnamed @Pool, or give the other a name." : "@Pool(name = \"" + pool + "\"), or use two names."));
  }

  public static Problem poolBuiltInConfiguredAnotherWay(String pool, String builtIn, String declared) {
    return error("Pool \"" + pool + "\" is built in as " + builtIn + ", so it cannot also be " + declared
        + ". Remove this @Pool to use the built-in pool, or give yours another name.");
  }

  public static Problem poolWaitRatio(double value) {
    return error("@Pool(waitRatio = " + value + "): the wait/compute ratio must be a number, 0 or more "
        + "(9.0: a task waits 90% of the time, so 10 threads per core keep every core busy).");
  }

  public static Problem poolWaitRatioUnused(double value, Sizing sizing) {
    return parameterUnused("waitRatio", value, sizing, Sizing.IO_BOUND + " and " + Sizing.VIRTUAL);
  }

  public static Problem poolThreadsUnused(int value, Sizing sizing) {
    return parameterUnused("threads", value, sizing, Sizing.FIXED.toString());
  }

  public static Problem poolMaxThreadsUnused(int value, Sizing sizing) {
    return parameterUnused("maxThreads", value, sizing, Sizing.ADAPTIVE.toString());
  }

  private static Problem parameterUnused(String member, Object value, Sizing sizing, String usedWith) {
    return error("@Pool(" + member + " = " + value + ") makes no sense with sizing = " + sizing + ": it is only for "
        + usedWith + ". Remove " + member + ", or choose that sizing.");
  }

  public static Problem poolFixedThreads(int value) {
    return error("@Pool(sizing = FIXED) needs threads = n, with n at least 1" + (value == 0 ? "" : ", not " + value)
        + ". Say how many threads, e.g. @Pool(sizing = Sizing.FIXED, threads = 4).");
  }

  /** @param member {@code threads} or {@code maxThreads} */
  public static Problem poolThreadsTooLarge(String member, int value) {
    return error("@Pool(" + member + " = " + value + "): a pool runs at most Pool.MAX_THREADS (" + Pool.MAX_THREADS
        + ") threads. Use fewer threads.");
  }

  public static Problem poolMaxThreads(int value) {
    return error("@Pool(maxThreads = " + value + "): an ADAPTIVE pool needs room for at least 1 thread. "
        + "Leave maxThreads out for cores x 10.");
  }

  public static Problem poolQueue(int value) {
    return error("@Pool(queue = " + value + "): at least 1 task must fit in the queue. "
        + "Leave queue out for 10000, or choose the bound callers should wait (or be refused) at.");
  }

  public static Problem poolUnused(String pool, String type) {
    return warning(pool.isEmpty()
        ? "The default @Pool of " + type + " is not used: every @Async and @Race method of " + type
            + " names another pool. Remove it, or drop pool = ... from a method."
        : "Pool \"" + pool + "\" is declared on " + type + ", but no @Async or @Race method of " + type
            + " runs on it. Remove the @Pool, or name it with pool = \"" + pool + "\".");
  }

  // ---- @Race

  public static Problem raceNotAbstract(String method, String generated) {
    return error("@Race method " + method + " has a body, but @Race implements the method from its sources. "
        + "Make it abstract (and its class too): " + generated + " implements it.");
  }

  public static Problem raceReturnType(String method, String returned) {
    return error("@Race method " + method + " returns " + returned + ", but a race's winner comes later: it must return "
        + "CompletableFuture<T> or CompletionStage<T>, where T (not a wildcard) is what the sources produce.");
  }

  public static Problem raceTooFewSources(String method, int count) {
    return error("@Race on " + method + " names " + count + " source" + (count == 1 ? "" : "s")
        + ", but a race needs at least two. Name two or more methods, e.g. @Race({\"fromPrimary\", \"fromMirror\"}).");
  }

  public static Problem raceSourceTwice(String method, String source) {
    return error("@Race on " + method + " names \"" + source + "\" twice. Name each source once.");
  }

  public static Problem raceSourceMissing(String method, String source, String type, List<String> methods) {
    return error("@Race on " + method + " names \"" + source + "\", but " + type + " has no method of that name."
        + Suggestions.didYouMean(source, methods) + " Name a method of " + type + " that takes the same parameters as " + method + ".");
  }

  public static Problem raceSourceItself(String method) {
    return error("@Race on " + method + " names the method itself as a source, which would race against itself. "
        + "Name other methods.");
  }

  public static Problem raceSourceParameters(String method, String source, List<String> candidates, String parameters) {
    return error("@Race source \"" + source + "\" does not take the parameters of " + method + ": there is only "
        + String.join(" and ", candidates) + ". Each source is called with the race's arguments, so it must take ("
        + parameters + ").");
  }

  public static Problem raceSourceReturnType(String source, String returned, String method, String value) {
    return error("@Race source " + source + " returns " + returned + ", but " + method + " races for " + value
        + ". A source must return " + value + " (or a subtype), or a CompletionStage of it.");
  }

  public static Problem raceSourcePrivate(String source, String generated) {
    return error("@Race source " + source + " is private, so the generated " + generated
        + " cannot call it. Make it package-private or wider.");
  }

  public static Problem raceHedgeAfterNegative(long value) {
    return error("@Race(hedgeAfter = " + value + "): hedgeAfter must be positive, or 0 (the default) for "
        + "starting every source at once.");
  }

  public static Problem raceTimeoutNegative(long value) {
    return error("@Race(timeout = " + value + "): timeout must be positive, or 0 (the default) for no timeout.");
  }

  public static Problem raceHedgeNotBeforeTimeout(long hedgeAfter, long timeout) {
    return error("@Race(hedgeAfter = " + hedgeAfter + ", timeout = " + timeout + "): the race would time out before the "
        + "next source starts. Make hedgeAfter shorter than timeout.");
  }

  /** {@code interface}, {@code annotation type}, {@code record}. */
  private static String kindName(ElementKind kind) {
    return kind.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** {@code an interface}, {@code a record}, {@code an @Actor}. */
  private static String withArticle(String noun) {
    return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(noun.startsWith("@") ? 1 : 0))) >= 0 ? "an " : "a ")
        + noun;
  }
}
