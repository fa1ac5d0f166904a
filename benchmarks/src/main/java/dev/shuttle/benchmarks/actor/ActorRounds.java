package dev.shuttle.benchmarks.actor;

import dev.shuttle.benchmarks.CpuTimeProfiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the actor benchmarks in interleaved rounds and prints the BENCHMARKS.md tables.
 *
 * <p>Why rounds: on a small machine shared with other builds, the load drifts over minutes. A
 * plain JMH run measures all forks of one contender, then all of the next, so drift lands on
 * one contender and biases the ratio. Here each round runs every contender once (one fork each,
 * in a rotated order), each ratio is taken within a round, and the tables show the median over
 * rounds with the range, so a ratio whose range crosses 1.0 reads as "within noise".
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.shuttle.benchmarks.actor.ActorRounds \
 *     [--rounds 5] [--iterations 4] [--only compare|sweep] [--jvm /path/to/java] [--out dir]
 * </pre>
 */
public final class ActorRounds {
  private static final List<String> TARGETS = List.of("shuttle", "pekko", "executor", "pekko-askpattern");
  private static final List<String> THROUGHPUTS = List.of("1", "5", "16", "64", "256");

  private int rounds = 5;
  private int iterations = 4;
  private String only = "";
  private String jvm;
  private Path out = Path.of("target", "actor-rounds");

  /** (benchmark, param) -> one score per round, and the CPU ns/op per round. */
  private final Map<String, List<Double>> scores = new LinkedHashMap<>();
  private final Map<String, List<Double>> cpu = new LinkedHashMap<>();
  private final Map<String, String> units = new LinkedHashMap<>();

  public static void main(String[] args) throws Exception {
    ActorRounds rounds = new ActorRounds();
    for (int i = 0; i < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--rounds" -> rounds.rounds = Integer.parseInt(value);
        case "--iterations" -> rounds.iterations = Integer.parseInt(value);
        case "--only" -> rounds.only = value;
        case "--jvm" -> rounds.jvm = value;
        case "--out" -> rounds.out = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    rounds.run();
  }

  private void run() throws Exception {
    Files.createDirectories(out);
    for (int round = 0; round < rounds; round++) {
      if (!only.equals("sweep")) {
        for (String target : rotate(TARGETS, round)) {
          String include = target.equals("pekko-askpattern")
              ? "actor.ActorAskBenchmark"
              : "actor.Actor(Tell|Ask)Benchmark";
          measure(round, include, "target", target);
        }
      }
      if (!only.equals("compare")) {
        for (String throughput : rotate(THROUGHPUTS, round)) {
          measure(round, "actor.ActorThroughputSweepBenchmark", "throughput", throughput);
        }
      }
      System.out.printf("%n=== after round %d of %d ===%n", round + 1, rounds);
      printTables();
    }
  }

  private void measure(int round, String include, String param, String value) throws Exception {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(include)
        .param(param, value)
        .forks(1)
        .warmupIterations(2)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(iterations)
        .measurementTime(TimeValue.seconds(1))
        .addProfiler(CpuTimeProfiler.class)
        .verbosity(VerboseMode.SILENT)
        .resultFormat(ResultFormatType.JSON)
        .result(out.resolve("round" + (round + 1) + "-" + param + "-" + value + ".json").toString());
    if (jvm != null) {
      options.jvm(jvm);
    }
    System.out.printf("round %d: %s %s=%s%n", round + 1, include, param, value);
    Collection<RunResult> results = runWhenFree(options);
    if (results.isEmpty()) {
      throw new IllegalStateException("no results for " + include + " " + param + "=" + value
          + ": run it with java -jar benchmarks.jar to see the error");
    }
    for (RunResult result : results) {
      String key = shortName(result.getParams().getBenchmark()) + " " + value;
      Result primary = result.getPrimaryResult();
      scores.computeIfAbsent(key, k -> new ArrayList<>()).add(primary.getScore());
      units.put(key, primary.getScoreUnit());
      Result cpuResult = result.getSecondaryResults().get("cpu");
      cpu.computeIfAbsent(key, k -> new ArrayList<>()).add(cpuResult == null ? Double.NaN : cpuResult.getScore());
    }
  }

  /** JMH allows one run per machine (/tmp/jmh.lock); other projects' runs are waited for, not broken. */
  private static Collection<RunResult> runWhenFree(ChainedOptionsBuilder options) throws Exception {
    while (true) {
      try {
        return new Runner(options.build()).run();
      } catch (RunnerException e) {
        if (!String.valueOf(e.getMessage()).contains("JMH lock")) {
          throw e;
        }
        System.out.println("Another JMH run holds /tmp/jmh.lock; waiting 15 s");
        Thread.sleep(15_000);
      }
    }
  }

  private void printTables() {
    System.out.println();
    System.out.println("Raw scores: median over rounds [min .. max]; cpu = process CPU per op, median");
    System.out.println();
    System.out.println("| benchmark | param | score | unit | cpu ns/op | rounds |");
    System.out.println("|---|---|---:|---|---:|---:|");
    for (Map.Entry<String, List<Double>> e : scores.entrySet()) {
      String[] key = e.getKey().split(" ");
      List<Double> s = e.getValue();
      System.out.printf(Locale.ROOT, "| %s | %s | %s [%s .. %s] | %s | %.0f | %d |%n",
          key[0], key[1], fmt(median(s)), fmt(min(s)), fmt(max(s)), units.get(e.getKey()),
          median(cpu.get(e.getKey())), s.size());
    }
    System.out.println();
    System.out.println("Ratios, taken within each round: median [min .. max]");
    System.out.println();
    System.out.println("| benchmark | Shuttle / Pekko | Shuttle / Pekko AskPattern | Shuttle / executor | cpu: Shuttle / Pekko | cpu: Shuttle / executor |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (String bench : List.of("tell.sender1", "tell.senders2", "tell.senders4", "ask.roundTrip")) {
      if (!scores.containsKey(bench + " shuttle")) {
        continue;
      }
      System.out.printf("| %s | %s | %s | %s | %s | %s |%n", bench,
          ratio(scores, bench, "pekko"), ratio(scores, bench, "pekko-askpattern"), ratio(scores, bench, "executor"),
          ratio(cpu, bench, "pekko"), ratio(cpu, bench, "executor"));
    }
    if (scores.keySet().stream().anyMatch(k -> k.startsWith("sweep."))) {
      System.out.println();
      System.out.println("Throughput sweep, relative to throughput = 64 within each round: median [min .. max]");
      System.out.println();
      System.out.println("| benchmark | throughput | msgs/s vs 64 | cpu ns/op vs 64 |");
      System.out.println("|---|---:|---:|---:|");
      for (String bench : List.of("sweep.sender1", "sweep.senders4")) {
        for (String t : THROUGHPUTS) {
          if (scores.containsKey(bench + " " + t) && scores.containsKey(bench + " 64")) {
            System.out.printf("| %s | %s | %s | %s |%n", bench, t,
                ratio(scores, bench, t, "64"), ratio(cpu, bench, t, "64"));
          }
        }
      }
    }
  }

  private static String ratio(Map<String, List<Double>> values, String bench, String other) {
    return ratio(values, bench, "shuttle", other);
  }

  /** Per-round ratio a/b, then median [min .. max]; "-" when either side was not measured. */
  private static String ratio(Map<String, List<Double>> values, String bench, String a, String b) {
    List<Double> x = values.get(bench + " " + a);
    List<Double> y = values.get(bench + " " + b);
    if (x == null || y == null) {
      return "-";
    }
    List<Double> r = new ArrayList<>();
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      r.add(x.get(i) / y.get(i));
    }
    return String.format(Locale.ROOT, "%.2f [%.2f .. %.2f]", median(r), min(r), max(r));
  }

  private static String shortName(String benchmark) {
    String simple = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
    return simple.replace("ActorTellBenchmark", "tell")
        .replace("ActorAskBenchmark", "ask")
        .replace("ActorThroughputSweepBenchmark", "sweep");
  }

  private static <T> List<T> rotate(List<T> list, int by) {
    List<T> rotated = new ArrayList<>(list);
    Collections.rotate(rotated, -(by % list.size()));
    if (by % 2 == 1) {
      Collections.reverse(rotated); // also vary who runs right after whom
    }
    return rotated;
  }

  private static String fmt(double v) {
    return v >= 1e5 ? String.format(Locale.ROOT, "%.2fM", v / 1e6) : String.format(Locale.ROOT, "%.2f", v);
  }

  private static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  private ActorRounds() {}
}
