package dev.shuttle.processor.fuzz;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The names cases are made of. Most are names the generators write themselves (fields, locals,
 * constants, nested classes, the runtime's and the JDK's simple names), so that a user member or
 * type with the same name meets the generated one in the same scope; the rest are ordinary.
 */
final class NamePool {
  private NamePool() {}

  /** Fields, locals, parameters and lambda parameters that generated code declares. */
  static final List<String> GENERATED_VARIABLES = List.of(
      "loop", "lock", "pool", "cpuPool", "ioPool", "callLimiter", "fetchLimiter", "callLimiters", "rateLimiter",
      "behavior", "stages", "engine", "executor", "message", "m", "item", "result", "results", "element", "passed",
      "party", "barrier", "phase", "hold", "stamp", "failure", "middle", "left", "right", "rightResult", "leftResult",
      "timeout", "pipeline", "kind", "target", "stage", "sendTimeoutNanos", "s", "n", "e", "value", "start", "end",
      "from", "to", "simulation", "tornRead", "dev", "actor", "factory", "self", "timeoutNanos", "askTimeoutNanos",
      "key", "delay", "interval", "continuation", "child", "stop");

  /** Constants that generated code declares. */
  static final List<String> GENERATED_CONSTANTS = List.of(
      "THRESHOLD", "SETTINGS", "PARTIES", "POOL", "CPU_POOL", "IO_POOL", "CALL_POOL", "CALL_LIMIT", "CALL_RACE",
      "RATE_LIMIT", "DONE", "FILTERED", "STAGE", "PLATFORM", "VIRTUAL", "STEP", "STEP_2", "PUT", "NO_SEND_TIMEOUT");

  /** Methods generated classes declare or call (beside the user's own). */
  static final List<String> GENERATED_METHODS = List.of(
      "dispatch", "onFailure", "round", "afterPhase", "done", "compute", "computeDirectly", "fork", "join", "tell",
      "ask", "replyWith", "replyWhen", "acquire", "execute", "submit", "offer", "process", "run", "start", "value",
      "stage", "put", "fill", "merge", "parties", "close", "stats", "call", "invoke", "carry", "shared", "whenPermitted",
      "restart", "current");

  /** Methods an {@code @Actor}'s generated proxy declares: a public one of that name is a Shuttle error. */
  static final List<String> ACTOR_API = List.of(
      "spawn", "self", "stop", "termination", "mailboxSize", "stats", "withSendTimeout", "withAskTimeout");

  static final List<String> PLAIN_METHODS = List.of(
      "step", "apply", "get", "handle", "fetch", "load", "save", "fooBar", "sum", "count", "name", "size", "update",
      "read", "write", "send", "quote", "check", "convert", "total", "x");

  /** Simple names of the runtime types generated code names. */
  static final List<String> RUNTIME_TYPES = List.of(
      "RateLimit", "RateLimiter", "KeyedRateLimiter", "RateLimiters", "Ticker", "TaskPool", "TaskPools", "PoolSpec",
      "Race", "RaceSettings", "ForkJoins", "ActorCell", "ActorMessage", "AskMessage", "ActorSettings", "ActorStats",
      "Actors", "PipelineEngine", "PipelineStage", "PipelineStats", "WorkerThreads", "BoundedQueue", "PhasedParties",
      "PhaseBarrier", "ReadMostlyLock", "ReadMostlyHold", "WaitInterruptedException", "LockStrategy", "Overflow",
      "FailurePolicy");

  /** JDK simple names generated code writes (java.lang ones need no import, so a shadow hits hardest). */
  static final List<String> JDK_TYPES = List.of(
      "TimeUnit", "Objects", "Executor", "CompletableFuture", "CompletionStage", "Duration", "Optional",
      "TimeoutException", "RecursiveTask", "RecursiveAction", "ForkJoinPool", "Generated", "Override",
      "SuppressWarnings", "Void", "Integer", "Long", "Throwable", "Exception", "AssertionError", "Boolean", "Iterable",
      "Runnable", "List", "Object", "String", "Supplier", "BiConsumer", "Function");

  /** Nested types the generators write, and the Shuttle annotations a class body names. */
  static final List<String> GENERATED_TYPES = List.of(
      "Loop", "Parties", "Message", "Task", "StepMessage", "CallMessage", "FetchStage", "SumTask", "Stage", "Phase",
      "Pool", "Actor", "Async", "Read", "Write", "Key", "From", "To", "Sizing", "OnLimit");

  static final List<String> PLAIN_TYPES = List.of(
      "Point", "Item", "Node", "Box", "Page", "Doc", "Shape", "Pair", "Entry", "Base", "Api", "Outer", "Holder");

  /** The other {@code @Actor} class of a case, whose generated type the subject's may name and be named by. */
  static final List<String> PEER_NAMES = List.of("Room", "Member", "Peer", "Worker", "Actors", "Loop", "Self",
      "Supplier", "Objects", "Executor", "ActorCell", "Duration", "CompletableFuture");

  static final List<String> SUBJECT_NAMES = List.of(
      "Foo", "Account", "Worker", "Service", "Simulation", "Quotes", "Stages", "Engine", "Ranges", "Catalog", "Client",
      "Loop", "Race", "TaskPool", "Parties", "Pipeline", "Actor", "Phases");

  /** Type variables, some named like a type generated code writes, which they shadow where they are in scope. */
  static final List<String> TYPE_VARIABLES = List.of("T", "E", "R", "K", "V", "U", "X", "Item", "Result", "Loop",
      "SumTask", "Override", "ActorCell", "Objects", "CompletableFuture");

  /** Names of pools (free-form strings the processor turns into identifiers). */
  static final List<String> POOL_NAMES = List.of(
      "thumbs", "io-pool", "ioPool", "call", "loop", "pool", "fetch.store", "x_y", "x-y", "default", "CPU", "2fast",
      "cpu-pool");

  static final List<String> BUCKET_NAMES = List.of("shared", "api-1", "a.b", "github", "Loop", "x");

  static final List<String> VARIABLES = concat(GENERATED_VARIABLES, List.of(
      "amount", "name", "count", "data", "id", "x", "y", "text", "size", "list", "map", "key", "other", "input"));

  static final List<String> METHODS = concat(PLAIN_METHODS, GENERATED_METHODS);

  static final List<String> TYPES = concat(RUNTIME_TYPES, JDK_TYPES, GENERATED_TYPES, PLAIN_TYPES);

  static String pick(Random random, List<String> names) {
    return names.get(random.nextInt(names.size()));
  }

  /**
   * A variant of {@code name} the generators may map to the same derived name: {@code fooBar} and
   * {@code foo_bar} (both {@code FOO_BAR}), {@code put} and {@code Put} (both {@code PutMessage}),
   * {@code step} and {@code step2} (the second overload of {@code step} is {@code step2} too).
   */
  static String variant(Random random, String name) {
    return switch (random.nextInt(4)) {
      case 0 -> snakeCase(name);
      case 1 -> Character.toUpperCase(name.charAt(0)) + name.substring(1);
      case 2 -> name + "2";
      default -> name.toUpperCase(java.util.Locale.ROOT);
    };
  }

  private static String snakeCase(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (Character.isUpperCase(c) && out.length() > 0) {
        out.append('_').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString().equals(name) ? name + "_" : out.toString();
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    return Stream.of(lists).flatMap(List::stream).distinct().toList();
  }
}
