package dev.shuttle.benchmarks.summary;

import static dev.shuttle.benchmarks.summary.JmhResult.key;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every Shuttle-vs-peer comparison of BENCHMARKS.md that {@code compare-all.sh} runs, by pattern,
 * with the contenders (JMH invocations) each needs. Contenders that are compared sit next to each
 * other, so that a round runs them close in time.
 */
final class Catalog {
  static List<Pattern> all() {
    return List.of(actors(), actorsTalking(), pipeline(), queues(), rateLimiter(), readMostly(), forkJoin(), phased(),
        asyncAndRace());
  }

  /** The patterns named in {@code only} (comma-separated ids), or all of them for an empty string. */
  static List<Pattern> select(String only) {
    if (only.isEmpty()) {
      return all();
    }
    List<Pattern> selected = new ArrayList<>();
    for (String id : only.split(",")) {
      selected.add(all().stream().filter(p -> p.id().equals(id.trim())).findFirst().orElseThrow(
          () -> new IllegalArgumentException("no pattern '" + id + "'; the patterns are "
              + all().stream().map(Pattern::id).collect(Collectors.joining(", ")))));
    }
    return selected;
  }

  private static Pattern actors() {
    String include = "actor.Actor(Tell|Ask)Benchmark.";
    List<Contender> contenders = List.of(
        new Contender("actor-shuttle", include, List.of("target=shuttle")),
        new Contender("actor-pekko", include, List.of("target=pekko")),
        new Contender("actor-executor", include, List.of("target=executor")),
        new Contender("actor-pekko-askpattern", "actor.ActorAskBenchmark.roundTrip", List.of("target=pekko-askpattern")));
    List<Comparison> comparisons = new ArrayList<>();
    for (String[] peer : new String[][] {{"pekko", "Pekko"}, {"executor", "a single-thread executor"}}) {
      for (String[] senders : new String[][] {{"sender1", "1 sender"}, {"senders2", "2 senders"}, {"senders4", "4 senders"}}) {
        comparisons.add(byParam("tell, " + senders[1], peer[1], "actor.ActorTellBenchmark." + senders[0], "target",
            "shuttle", peer[0]));
      }
    }
    for (String[] peer : new String[][] {
        {"pekko", "Pekko"}, {"pekko-askpattern", "Pekko's AskPattern"}, {"executor", "a single-thread executor"}}) {
      comparisons.add(byParam("ask round trip", peer[1], "actor.ActorAskBenchmark.roundTrip", "target", "shuttle",
          peer[0]));
    }
    return new Pattern("actor", "Actors", "Actors: one counter, tells and asks", "actors", contenders, comparisons);
  }

  private static Pattern actorsTalking() {
    String include = "actor.ActorPeersBenchmark.";
    return new Pattern("actor-peers", "Actors talking to actors", "Actors talking to actors", "actors-talking-to-actors",
        List.of(new Contender("actor-peers-shuttle", include, List.of("target=shuttle")),
            new Contender("actor-peers-pekko", include, List.of("target=pekko"))),
        List.of(byParam("ping-pong", "Pekko", include + "pingPong", "target", "shuttle", "pekko"),
            byParam("fan-out to 1,000 and back", "Pekko", include + "fanOut", "target", "shuttle", "pekko")));
  }

  private static Pattern pipeline() {
    String include = "pipeline.PipelineBenchmark.batch";
    return new Pattern("pipeline", "Pipeline", "Pipeline: three stages, one thread each", "pipeline",
        paramContenders("pipeline", include, "pipeline", "shuttle", "arrayBlockingQueue", "disruptor"),
        List.of(byParam("3 stages", "ArrayBlockingQueue stages", include, "pipeline", "shuttle", "arrayBlockingQueue"),
            byParam("3 stages", "the Disruptor, blocking waits", include, "pipeline", "shuttle", "disruptor")));
  }

  private static Pattern queues() {
    String include = "pipeline.QueueBurstBenchmark.burst";
    List<Comparison> comparisons = new ArrayList<>();
    for (String kind : List.of("Spsc", "Mpsc", "Mpmc")) {
      comparisons.add(byParam(kind.toUpperCase() + " ring", "JCTools " + kind + "ArrayQueue", include, "queue",
          "shuttle" + kind, "jctools" + kind));
    }
    for (String kind : List.of("Spsc", "Mpsc", "Mpmc")) {
      comparisons.add(byParam(kind.toUpperCase() + " ring", "ArrayBlockingQueue", include, "queue", "shuttle" + kind,
          "arrayBlockingQueue"));
    }
    return new Pattern("queues", "Bounded queues", "Bounded queues: offer 100, then poll them", "the-queues-on-their-own",
        paramContenders("queues", include, "queue", "shuttleSpsc", "jctoolsSpsc", "shuttleMpsc", "jctoolsMpsc",
            "shuttleMpmc", "jctoolsMpmc", "arrayBlockingQueue"),
        comparisons);
  }

  private static Pattern rateLimiter() {
    List<String> methods = List.of("shuttleTryAcquire", "guavaTryAcquire", "resilience4jAcquirePermission",
        "bucket4jTryConsume");
    List<Contender> contenders = methods.stream()
        .map(m -> new Contender("rate-limiter-" + m, "\\.RateLimiterBenchmark(\\.TwoThreads)?\\." + m + "$", List.of()))
        .toList();
    List<Comparison> comparisons = new ArrayList<>();
    for (String[] threads : new String[][] {{"RateLimiterBenchmark", "1 thread"}, {"RateLimiterBenchmark.TwoThreads", "2 threads"}}) {
      String what = "tryAcquire, " + threads[1];
      comparisons.add(byMethod(what, "Guava", threads[0], methods.get(0), methods.get(1)));
      comparisons.add(byMethod(what, "Resilience4j", threads[0], methods.get(0), methods.get(2)));
      comparisons.add(byMethod(what, "Bucket4j", threads[0], methods.get(0), methods.get(3)));
    }
    return new Pattern("rate-limiter", "Rate limiter", "Rate limiter: a permit nobody waits for", "rate-limiter", contenders,
        comparisons);
  }

  /** One cell of LockBenchmark's grid, the contended one a read-mostly class is for on 2 cores. */
  private static Pattern readMostly() {
    String include = "readmostly.LockBenchmark.threads2$";
    String bench = "readmostly.LockBenchmark.threads2";
    List<Contender> contenders = new ArrayList<>();
    for (String impl : List.of("ReentrantLock", "shuttle-MUTEX", "synchronized", "ReentrantReadWriteLock",
        "shuttle-READ_WRITE", "StampedLock", "shuttle-STAMPED", "StampedLock-nesting-safe", "StampedLock-optimistic",
        "shuttle-STAMPED-optimistic")) {
      contenders.add(lockContender(include, impl, 1));
    }
    contenders.add(lockContender(include, "ReentrantReadWriteLock", 20));
    contenders.add(lockContender(include, "shuttle-READ_WRITE", 20));
    String[] oneLookup = {"readPercent=95", "readSize=1"};
    return new Pattern("read-mostly", "Read-mostly locks", "Read-mostly locks: 2 threads, 95% reads, 1 lookup a read", "read-mostly-locks", contenders,
        List.of(byParam("MUTEX", "ReentrantLock", bench, "impl", "shuttle-MUTEX", "ReentrantLock", oneLookup),
            byParam("MUTEX", "synchronized", bench, "impl", "shuttle-MUTEX", "synchronized", oneLookup),
            byParam("READ_WRITE", "ReentrantReadWriteLock", bench, "impl", "shuttle-READ_WRITE",
                "ReentrantReadWriteLock", oneLookup),
            byParam("READ_WRITE, 20 lookups a read", "ReentrantReadWriteLock", bench, "impl", "shuttle-READ_WRITE",
                "ReentrantReadWriteLock", "readPercent=95", "readSize=20"),
            byParam("STAMPED", "StampedLock", bench, "impl", "shuttle-STAMPED", "StampedLock", oneLookup),
            byParam("STAMPED", "StampedLock made nesting-safe", bench, "impl", "shuttle-STAMPED",
                "StampedLock-nesting-safe", oneLookup),
            byParam("STAMPED, optimistic reads", "StampedLock, optimistic reads", bench, "impl",
                "shuttle-STAMPED-optimistic", "StampedLock-optimistic", oneLookup)));
  }

  private static Contender lockContender(String include, String impl, int readSize) {
    return new Contender("read-mostly-" + impl + "-" + readSize, include,
        List.of("impl=" + impl, "readPercent=95", "readSize=" + readSize));
  }

  private static Pattern forkJoin() {
    String bench = "forkjoin.ForkJoinSumBenchmark";
    return new Pattern("fork-join", "ForkJoin", "ForkJoin: the sum of 10 million longs", "forkjoin-sum-of-10-million-longs",
        methodContenders("fork-join", bench, "", "shuttleForkJoin", "handWrittenSumTask", "shuttleForkJoinAuto",
            "parallelStream", "sequentialLoop"),
        List.of(byMethod("threshold 10,000", "a hand-written RecursiveTask", bench, "shuttleForkJoin",
                "handWrittenSumTask"),
            byMethod("threshold 10,000", "a parallel stream", bench, "shuttleForkJoin", "parallelStream"),
            byMethod("threshold 10,000", "a sequential loop", bench, "shuttleForkJoin", "sequentialLoop"),
            byMethod("threshold AUTO", "a parallel stream", bench, "shuttleForkJoinAuto", "parallelStream")));
  }

  private static Pattern phased() {
    String bench = "phased.PhasedBenchmark";
    List<Comparison> comparisons = new ArrayList<>();
    for (String[] peer : new String[][] {{"handWrittenCyclicBarrier", "CyclicBarrier"}, {"handWrittenPhaser", "Phaser"}}) {
      for (String program : List.of("rod-1024", "rod-32768", "rod-262144", "bodies-1024")) {
        comparisons.add(byMethod(program, peer[1], bench, "shuttlePhased", peer[0], "program=" + program));
      }
    }
    return new Pattern("phased", "Phased", "Phased: two-phase programs, one party per core",
        "phased-two-phase-programs-one-party-per-core",
        methodContenders("phased", bench, "", "shuttlePhased", "handWrittenCyclicBarrier", "handWrittenPhaser"),
        comparisons);
  }

  private static Pattern asyncAndRace() {
    String bench = "async.AsyncRaceBenchmark";
    return new Pattern("async", "Async and race", "Async and race: a trivial call through a 2-thread pool", "async-and-race",
        methodContenders("async", bench, "(Batch)?", "asyncShuttle", "asyncSupplyAsync", "raceShuttle",
            "raceHandWritten"),
        List.of(byMethod("@Async, one call at a time", "CompletableFuture.supplyAsync", bench, "asyncShuttle",
                "asyncSupplyAsync"),
            byMethod("@Async, 64 in flight", "CompletableFuture.supplyAsync", bench, "asyncShuttleBatch",
                "asyncSupplyAsyncBatch"),
            byMethod("@Race, one call at a time", "a hand-written race", bench, "raceShuttle", "raceHandWritten"),
            byMethod("@Race, 64 in flight", "a hand-written race", bench, "raceShuttleBatch", "raceHandWrittenBatch")));
  }

  /** One contender per value of {@code param}, each running every benchmark {@code include} matches. */
  private static List<Contender> paramContenders(String pattern, String include, String param, String... values) {
    return Stream.of(values).map(v -> new Contender(pattern + "-" + v, include, List.of(param + "=" + v))).toList();
  }

  /** One contender per benchmark method of {@code bench} (and the methods named it plus {@code suffix}). */
  private static List<Contender> methodContenders(String pattern, String bench, String suffix, String... methods) {
    return Stream.of(methods)
        .map(m -> new Contender(pattern + "-" + m, bench + "." + m + suffix + "$", List.of()))
        .toList();
  }

  /** Shuttle and the peer run the same benchmark method with one parameter set apart. */
  private static Comparison byParam(String what, String peer, String benchmark, String param, String shuttleValue,
      String peerValue, String... fixed) {
    return new Comparison(what, peer,
        key(benchmark, with(fixed, param + "=" + shuttleValue)), key(benchmark, with(fixed, param + "=" + peerValue)));
  }

  /** Shuttle and the peer are two benchmark methods of one class, with the same parameters. */
  private static Comparison byMethod(String what, String peer, String benchmarkClass, String shuttleMethod,
      String peerMethod, String... params) {
    return new Comparison(what, peer, key(benchmarkClass + "." + shuttleMethod, params),
        key(benchmarkClass + "." + peerMethod, params));
  }

  private static String[] with(String[] params, String param) {
    return Stream.concat(Stream.of(params), Stream.of(param)).toArray(String[]::new);
  }

  private Catalog() {}
}
