package dev.shuttle.processor;

import java.util.List;

/**
 * Every message the processor prints, in one place (MapStruct's {@code Message}). Each says what
 * is wrong and how to fix it. Tests assert on these texts.
 */
public final class Messages {
  private Messages() {}

  // ---- shared by the patterns

  public static String notAClass(String annotation, String kind, String type) {
    return annotation + " must be on a class, but " + type + " is " + article(kind) + " " + kind
        + ". Put " + annotation + " on a concrete class.";
  }

  public static String mustNotBeAbstract(String annotation, String type, String why) {
    return annotation + " class " + type + " must not be abstract: " + why + ". Make it concrete.";
  }

  public static String mustNotBeInner(String annotation, String type, String why) {
    return annotation + " class " + type + " is an inner (non-static) class: " + why + ". Make it static.";
  }

  public static String mustNotBePrivate(String annotation, String type, String generated) {
    return annotation + " class " + type + " is private (or nested in a private class), so the generated "
        + generated + " cannot see it. Make it package-private or public.";
  }

  public static String genericNotSupported(String annotation, String type) {
    return annotation + " class " + type + " is generic, which " + annotation + " does not support yet. "
        + "Put " + annotation + " on a non-generic subclass instead (e.g. class IntBox extends Box<Integer>).";
  }

  public static String generatedNameTaken(String annotation, String type, String generated) {
    return annotation + " class " + type + " would generate " + generated + ", but a type named " + generated
        + " already exists. Rename one of them.";
  }

  public static String mustNotBeFinal(String annotation, String type, String generated) {
    return annotation + " class " + type + " must not be final: the generated " + generated
        + " extends it. Remove 'final'.";
  }

  public static String needsAccessibleConstructor(String annotation, String type, String generated) {
    return annotation + " class " + type + " has no non-private constructor, so the generated " + generated
        + " cannot extend it. Add a package-private, protected or public constructor.";
  }

  public static String methodNotOverridable(String annotation, String method, String modifier, String generated) {
    return annotation + " method " + method + " is " + modifier + ", so the generated " + generated
        + " cannot override it to add the guard. Remove '" + modifier + "'.";
  }

  public static String classLevelMethodNotOverridable(
      String annotation, String type, String method, String generated, String remedy) {
    return annotation + " on class " + type + " applies to every public method, but " + method
        + " is final, so the generated " + generated + " cannot guard it. Make it non-final, or " + remedy + ".";
  }

  public static String abstractMethodsLeft(String type, String generated, List<String> methods) {
    return "Class " + type + " is abstract and " + generated + " would not implement " + String.join(", ", methods)
        + ". Implement them in " + type + ", or make the class concrete.";
  }

  // ---- @RateLimited

  public static String rateLimitNotPositive(String member, long value) {
    return "@RateLimited(" + member + " = " + value + "): " + member + " must be positive"
        + (member.equals("value") ? " (permits per period)." : ".");
  }

  public static String rateLimitBurst(long value) {
    return "@RateLimited(burst = " + value + "): the bucket must hold at least 1 permit. "
        + "Leave burst out (or 0) for a bucket as big as value.";
  }

  public static String rateLimitMaxWaitWithFail() {
    return "@RateLimited(maxWait = ...) has no meaning with onLimit = FAIL, which never waits. "
        + "Remove maxWait, or use onLimit = WAIT to wait at most maxWait.";
  }

  public static String rateLimitMaxWaitNegative(long value) {
    return "@RateLimited(maxWait = " + value + "): maxWait must be 0 or more, or left out to wait as long as needed.";
  }

  public static String rateLimitKeyTwice(String method) {
    return "Method " + method + " has more than one @RateLimited.Key parameter. Keep one, or combine them into one key object.";
  }

  public static String rateLimitKeyWithoutLimit(String method) {
    return "@RateLimited.Key on a parameter of " + method + ", which is not rate limited. "
        + "Put @RateLimited on the method (or its class), or remove @RateLimited.Key.";
  }

  public static String notAClassForPattern(String annotation, String kind, String type) {
    return annotation + " must be in a class, but " + type + " is " + article(kind) + " " + kind
        + ". Put it on a class the generated subclass can extend.";
  }

  // ---- @ReadMostly

  public static String lockModeOutsideReadMostly(String annotation, String method, String type) {
    return annotation + " on " + method + " has no effect: " + type + " is not @ReadMostly. "
        + "Put @ReadMostly on " + type + " (or make it abstract, for @ReadMostly subclasses), or remove "
        + annotation + ".";
  }

  public static String readAndWrite(String method) {
    return method + " is both @Read and @Write. A method either only reads (@Read) or changes the state (@Write): "
        + "keep one.";
  }

  public static String optimisticNeedsStamped(String strategy) {
    return "@Read(optimistic = true) needs @ReadMostly(lock = LockStrategy.STAMPED), but the class uses " + strategy
        + ": only a StampedLock can validate an optimistic read. Use STAMPED, or remove optimistic.";
  }

  public static String publicMutableField(String field, String type) {
    return "Public field " + field + " of @ReadMostly class " + type + " can be read and written without the lock. "
        + "Make it private (with @Read/@Write accessors) or final.";
  }

  // ---- @Pipeline

  public static String pipelineBoundTooSmall(int value) {
    return "@Pipeline(bound = " + value + "): every queue needs room for at least 1 item. "
        + "Use bound >= 1, or leave it out for the default of 100.";
  }

  public static String pipelineNoStages(String type) {
    return "@Pipeline class " + type + " has no @Stage method, so submitted items would have nowhere to go. "
        + "Annotate the methods that handle items with @Stage, in the order they run.";
  }

  public static String stageOutsidePipeline(String annotation, String method, String type) {
    return annotation + " method " + method + " is in " + type + ", which is not a @Pipeline. "
        + "Put @Pipeline on " + type + ", or remove " + annotation + ".";
  }

  public static String stageWorkersTooSmall(String method, int value) {
    return "@Stage(workers = " + value + ") on " + method + ": a stage needs at least 1 worker thread. Use workers >= 1.";
  }

  public static String stageBoundTooSmall(String method, int value) {
    return "@Stage(bound = " + value + ") on " + method + ": the stage's queue needs room for at least 1 item. "
        + "Use bound >= 1, or leave it out to use the @Pipeline's bound.";
  }

  public static String stagePrivate(String method, String generated) {
    return "@Stage method " + method + " is private, so the generated " + generated + " cannot call it. "
        + "Remove 'private'.";
  }

  public static String stageStatic(String method, String generated) {
    return "@Stage method " + method + " is static, but stages run on the instance given to " + generated
        + ".start(...). Remove 'static'.";
  }

  public static String stageGeneric(String method) {
    return "@Stage method " + method + " is generic, but each stage needs one concrete item type to check "
        + "against its neighbours. Remove the type parameters and use concrete types.";
  }

  public static String stageParameterCount(String method, int count) {
    return "@Stage method " + method + " takes " + count + " parameters, but a stage takes exactly one: the item "
        + "it handles. " + (count == 0 ? "Add that parameter." : "Bundle the values into one type (a record, say).");
  }

  public static String stageTypeMismatch(String method, String accepted, String previous, String passed) {
    return "@Stage method " + method + " takes " + accepted + ", but the stage before it, " + previous
        + ", passes on " + passed + ". Make " + method + " accept " + passed + " (or a supertype), or make "
        + previous + " pass on " + accepted + ".";
  }

  public static String stageVoidNotLast(String method, String next) {
    return "@Stage method " + method + " returns void, so nothing reaches the next stage, " + next
        + ". Return the item to pass on (Optional to filter), or make it the last stage.";
  }

  public static String stageExpandNotIterable(String method, String returned) {
    return "@Stage(expand = true) on " + method + ", which returns " + returned + ", not an Iterable. "
        + "Return an Iterable (a List, say) whose elements go on one by one, or remove expand = true.";
  }

  public static String onErrorSignature(String method) {
    return "@OnError method " + method + " must be a non-private, non-static, non-generic method "
        + "void failed(Object item, Throwable error, String stage): the item, what the stage threw, and the stage's name.";
  }

  public static String onErrorDuplicate(String type, List<String> methods) {
    return "@Pipeline class " + type + " has more than one @OnError method (" + String.join(", ", methods)
        + "). Keep one.";
  }

  // ---- @Actor

  public static String actorMailboxNegative(int value) {
    return "@Actor(mailbox = " + value + "): the mailbox capacity must be 0 (unbounded) or a positive number of messages.";
  }

  public static String actorThroughputNegative(int value) {
    return "@Actor(throughput = " + value + "): messages per turn must be 0 (the runtime default) or positive.";
  }

  public static String actorOverflowUnbounded() {
    return "@Actor(overflow = ...) has no effect with an unbounded mailbox. Set mailbox = N as well, or remove overflow.";
  }

  public static String actorReservedName(String method, String type, String generated, String purpose) {
    return "Public method " + method + "() of @Actor class " + type + " clashes with " + generated + "." + method
        + "(), which Shuttle generates to " + purpose + ". Rename the method or make it non-public.";
  }

  public static String actorNoMessages(String type, String generated) {
    return "@Actor class " + type + " has no public instance method, so " + generated
        + " accepts no message. Make the methods callers should send public.";
  }

  public static String onFailureOutsideActor(String method, String type) {
    return "@OnFailure method " + method + " is in " + type + ", which is not an @Actor. "
        + "Put @Actor on " + type + " or remove @OnFailure.";
  }

  public static String onFailureSignature(String method) {
    return "@OnFailure method " + method + " must be a non-private instance method that takes one Throwable "
        + "and returns void, e.g. void failed(Throwable error).";
  }

  public static String onFailureDuplicate(String type, List<String> methods) {
    return "@Actor class " + type + " has more than one @OnFailure method (" + String.join(", ", methods)
        + "). Keep one.";
  }

  // ---- @ForkJoin

  public static String forkJoinThreshold(int value) {
    return "@ForkJoin(threshold = " + value + "): threshold must be at least 1: it is the largest range the original "
        + "method runs without splitting it further, e.g. threshold = 10_000.";
  }

  public static String forkJoinParallelism(int value) {
    return "@ForkJoin(parallelism = " + value + "): parallelism must be 0 (run on ForkJoinPool.commonPool()) or "
        + "the number of threads of the method's own pool.";
  }

  public static String forkJoinBoundMissing(String method, String bound) {
    return "@ForkJoin method " + method + " has no " + bound + " parameter. Mark where its range starts with "
        + "@From and where it ends with @To, e.g. long sum(long[] array, @From int start, @To int end).";
  }

  public static String forkJoinBoundTwice(String method, String bound) {
    return "Method " + method + " has more than one " + bound + " parameter. Keep one: the range is [@From, @To).";
  }

  public static String forkJoinBoundType(String bound, String parameter, String method, String type) {
    return bound + " parameter " + parameter + " of " + method + " is " + type
        + ", but a range bound must be an int or a long. Change its type, or move " + bound + " to the bound.";
  }

  public static String forkJoinBoundsDiffer(String method, String fromType, String toType) {
    return "The bounds of " + method + " are @From " + fromType + " and @To " + toType
        + ". Give them the same type: both int or both long.";
  }

  public static String forkJoinBoundsSameParameter(String parameter, String method) {
    return "Parameter " + parameter + " of " + method + " is both @From and @To, which makes every range empty. "
        + "Put @To on the parameter where the range ends.";
  }

  public static String forkJoinBoundWithoutForkJoin(String bound, String method) {
    return bound + " on a parameter of " + method + ", which is not @ForkJoin. "
        + "Put @ForkJoin(threshold = ...) on the method, or remove " + bound + ".";
  }

  public static String forkJoinNeedsCombine(String method, String result) {
    return "@ForkJoin method " + method + " returns " + result + ", which cannot be added up with +. Name a method "
        + "that combines two adjacent results, e.g. @ForkJoin(threshold = ..., combine = \"merge\") with "
        + result + " merge(" + result + " left, " + result + " right).";
  }

  public static String forkJoinCombineMissing(String combine, String type, String result) {
    return "@ForkJoin(combine = \"" + combine + "\"): " + type + " has no method named " + combine + ". Add "
        + result + " " + combine + "(" + result + " left, " + result + " right), or fix the name.";
  }

  public static String forkJoinCombineSignature(String combine, List<String> found, String result) {
    return "@ForkJoin(combine = \"" + combine + "\"): " + String.join(", ", found) + " cannot combine two results. "
        + "It must be a non-private method " + result + " " + combine + "(" + result + " left, " + result + " right).";
  }

  public static String forkJoinCombineOnVoid(String method) {
    return "@ForkJoin(combine = ...) on " + method + ", which returns void: there are no results to combine. "
        + "Remove combine.";
  }

  // ---- @Phased

  public static String phasedPartiesNegative(int value) {
    return "@Phased(parties = " + value + "): parties must be 0 (one per available processor) or a positive number "
        + "of threads.";
  }

  public static String phasedNoPhases(String type) {
    return "@Phased class " + type + " has no @Phase method, so its parties would have nothing to do. "
        + "Mark the steps with @Phase(1), @Phase(2)..., e.g. @Phase(1) void forces(int party).";
  }

  public static String phaseDuplicate(int number, List<String> methods) {
    return "@Phase(" + number + ") is on more than one method (" + String.join(", ", methods)
        + "). Give each phase its own number: phases run in increasing order.";
  }

  public static String phaseSignature(String method) {
    return "@Phase method " + method + " must be a non-private instance method returning void that takes no "
        + "parameter or one int (the party, 0 to parties - 1), e.g. @Phase(1) void forces(int party).";
  }

  public static String afterPhaseSignature(String method) {
    return "@AfterPhase method " + method + " must be a non-private instance method returning void that takes one "
        + "int (the number of the phase just finished), e.g. @AfterPhase void checkpoint(int phase).";
  }

  public static String afterPhaseDuplicate(String type, List<String> methods) {
    return "@Phased class " + type + " has more than one @AfterPhase method (" + String.join(", ", methods)
        + "). Keep one; it can call the others.";
  }

  public static String phasedUntilMissing(String until, String type) {
    return "@Phased(until = \"" + until + "\"): " + type + " has no method named " + until + ". Add "
        + "boolean " + until + "(), which says after each round whether to stop, or fix the name.";
  }

  public static String phasedUntilSignature(String until, List<String> found) {
    return "@Phased(until = \"" + until + "\"): " + String.join(", ", found) + " cannot say whether to stop. "
        + "It must be a non-private instance method boolean " + until + "() with no parameters.";
  }

  public static String phaseOutsidePhased(String annotation, String method, String type) {
    return annotation + " method " + method + " is in " + type + ", which is not @Phased. "
        + "Put @Phased on " + type + ", or remove " + annotation + ".";
  }

  // ---- @Async

  public static String asyncReturnType(String method, String returned) {
    return "@Async method " + method + " returns " + returned + ", but an @Async method must return "
        + "CompletableFuture<T>, CompletionStage<T> or void: its caller gets the future at once while the body runs "
        + "on the pool. Return CompletableFuture.completedFuture(result) from the body, or make it void (fire and forget).";
  }

  // ---- @Pool (the pools @Async and @Race run on)

  public static String poolUnknown(String annotation, String pool, String type, List<String> declared) {
    return annotation + "(pool = \"" + pool + "\"): no pool named \"" + pool + "\" is declared on " + type
        + ". Declare it with @Pool(name = \"" + pool + "\", sizing = ...) on " + type
        + " (classes that declare a name the same way share one pool), or use a built-in pool: \"cpu\", \"io\""
        + (declared.isEmpty() ? "" : ", or one declared here: \"" + String.join("\", \"", declared) + "\"") + ".";
  }

  public static String poolDeclaredTwice(String pool, String type) {
    return pool.isEmpty()
        ? "Class " + type + " has more than one default @Pool (without a name). Keep one, or give the others names."
        : "Pool \"" + pool + "\" is declared twice on " + type + ". Keep one @Pool(name = \"" + pool + "\").";
  }

  public static String poolConfiguredTwoWays(String pool, String type, String first, String second) {
    return (pool.isEmpty() ? "The default pool" : "Pool \"" + pool + "\"") + " is configured two different ways on "
        + type + ": " + first + ", and " + second + ". A name is one pool: keep one "
        + (pool.isEmpty() ? "unnamed @Pool, or give the other a name." : "@Pool(name = \"" + pool + "\"), or use two names.");
  }

  public static String poolBuiltInConfiguredAnotherWay(String pool, String builtIn, String declared) {
    return "Pool \"" + pool + "\" is built in as " + builtIn + ", so it cannot also be " + declared
        + ". Remove this @Pool to use the built-in pool, or give yours another name.";
  }

  public static String poolWaitRatio(double value) {
    return "@Pool(waitRatio = " + value + "): the wait/compute ratio must be a number, 0 or more "
        + "(9.0: a task waits 90% of the time, so 10 threads per core keep every core busy).";
  }

  public static String poolParameterUnused(String member, String value, String sizing, String usedWith) {
    return "@Pool(" + member + " = " + value + ") makes no sense with sizing = " + sizing + ": it is only for "
        + usedWith + ". Remove " + member + ", or choose that sizing.";
  }

  public static String poolFixedThreads(int value) {
    return "@Pool(sizing = FIXED) needs threads = n, with n at least 1" + (value == 0 ? "" : ", not " + value)
        + ". Say how many threads, e.g. @Pool(sizing = Sizing.FIXED, threads = 4).";
  }

  public static String poolMaxThreads(int value) {
    return "@Pool(maxThreads = " + value + "): an ADAPTIVE pool needs room for at least 1 thread. "
        + "Leave maxThreads out for cores x 10.";
  }

  public static String poolQueue(int value) {
    return "@Pool(queue = " + value + "): at least 1 task must fit in the queue. "
        + "Leave queue out for 10000, or choose the bound callers should wait (or be refused) at.";
  }

  public static String poolUnused(String pool, String type) {
    return pool.isEmpty()
        ? "The default @Pool of " + type + " is not used: every @Async and @Race method of " + type
            + " names another pool. Remove it, or drop pool = ... from a method."
        : "Pool \"" + pool + "\" is declared on " + type + ", but no @Async or @Race method of " + type
            + " runs on it. Remove the @Pool, or name it with pool = \"" + pool + "\".";
  }

  // ---- @Race

  public static String raceNotAbstract(String method, String generated) {
    return "@Race method " + method + " has a body, but @Race implements the method from its sources. "
        + "Make it abstract (and its class too): " + generated + " implements it.";
  }

  public static String raceReturnType(String method, String returned) {
    return "@Race method " + method + " returns " + returned + ", but a race's winner comes later: it must return "
        + "CompletableFuture<T> or CompletionStage<T>, where T (not a wildcard) is what the sources produce.";
  }

  public static String raceTooFewSources(String method, int count) {
    return "@Race on " + method + " names " + count + " source" + (count == 1 ? "" : "s")
        + ", but a race needs at least two. Name two or more methods, e.g. @Race({\"fromPrimary\", \"fromMirror\"}).";
  }

  public static String raceSourceTwice(String method, String source) {
    return "@Race on " + method + " names \"" + source + "\" twice. Name each source once.";
  }

  public static String raceSourceMissing(String method, String source, String type) {
    return "@Race on " + method + " names \"" + source + "\", but " + type + " has no method of that name. "
        + "Name a method of " + type + " that takes the same parameters as " + method + ".";
  }

  public static String raceSourceItself(String method) {
    return "@Race on " + method + " names the method itself as a source, which would race against itself. "
        + "Name other methods.";
  }

  public static String raceSourceParameters(String method, String source, List<String> candidates, String parameters) {
    return "@Race source \"" + source + "\" does not take the parameters of " + method + ": there is only "
        + String.join(" and ", candidates) + ". Each source is called with the race's arguments, so it must take ("
        + parameters + ").";
  }

  public static String raceSourceReturnType(String source, String returned, String method, String value) {
    return "@Race source " + source + " returns " + returned + ", but " + method + " races for " + value
        + ". A source must return " + value + " (or a subtype), or a CompletionStage of it.";
  }

  public static String raceSourcePrivate(String source, String generated) {
    return "@Race source " + source + " is private, so the generated " + generated
        + " cannot call it. Make it package-private or wider.";
  }

  public static String raceNegative(String member, long value) {
    return "@Race(" + member + " = " + value + "): " + member + " must be positive, or 0 (the default) for "
        + (member.equals("timeout") ? "no timeout." : "starting every source at once.");
  }

  public static String raceHedgeNotBeforeTimeout(long hedgeAfter, long timeout) {
    return "@Race(hedgeAfter = " + hedgeAfter + ", timeout = " + timeout + "): the race would time out before the "
        + "next source starts. Make hedgeAfter shorter than timeout.";
  }

  private static String article(String noun) {
    return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }
}
