package dev.shuttle.benchmarks.summary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Java half of {@code benchmarks/compare-all.sh}: which contenders a round runs, in which
 * order, and the summary of the results.
 *
 * <pre>
 * plan --round N [--only id,id]
 *     the round's contenders in the order to run them, one a line: the JSON file's name, then the
 *     JMH arguments that select the contender, separated by tabs
 * summarize --results DIR [--only id,id] [--charts DIR] [--into FILE]
 *     prints the summary of DIR's rounds (see ResultsDir and RunInfo) as Markdown; writes one
 *     chart per pattern into the charts directory, and the summary into FILE between its markers
 * </pre>
 */
public final class CompareAll {
  public static void main(String[] args) throws IOException {
    if (args.length == 0 || args.length % 2 == 0) {
      throw new IllegalArgumentException("usage: plan --round N [--only ids] | summarize --results DIR "
          + "[--only ids] [--charts DIR] [--into FILE]");
    }
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    List<Pattern> patterns = Catalog.select(options.getOrDefault("--only", ""));
    switch (args[0]) {
      case "plan" -> plan(patterns, Integer.parseInt(required(options, "--round")));
      case "summarize" -> summarize(patterns, Path.of(required(options, "--results")), options);
      default -> throw new IllegalArgumentException("no command " + args[0] + ": plan or summarize");
    }
  }

  private static void plan(List<Pattern> patterns, int round) {
    for (Contender contender : RoundOrder.of(patterns, round - 1)) {
      System.out.println(contender.id() + "\t" + String.join("\t", contender.jmhArgs()));
    }
  }

  private static void summarize(List<Pattern> patterns, Path results, Map<String, String> options) throws IOException {
    List<Map<String, JmhResult>> rounds = ResultsDir.read(results);
    List<Row> rows = Summary.rows(patterns, rounds);
    RunInfo run = RunInfo.read(results.resolve("run.properties"));
    Set<String> jvms = new TreeSet<>();
    rounds.forEach(round -> round.values().forEach(result -> jvms.add(result.jvm())));
    String summary = run.describe(jvms, rounds.size()) + "\n" + MarkdownTable.render(rows);
    System.out.print(summary);
    if (options.containsKey("--charts")) {
      Path charts = Path.of(options.get("--charts"));
      Files.createDirectories(charts);
      for (Pattern pattern : patterns) {
        List<Row> own = rows.stream().filter(row -> row.pattern().equals(pattern)).toList();
        Path chart = charts.resolve(pattern.id() + ".svg");
        Files.writeString(chart, SvgChart.render(pattern.title(), run.chartSubtitle(rounds.size()), own));
        System.err.println("wrote " + chart);
      }
    }
    if (options.containsKey("--into")) {
      Path into = Path.of(options.get("--into"));
      Files.writeString(into, MarkedSection.replace(Files.readString(into), summary));
      System.err.println("wrote the summary into " + into);
    }
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  private CompareAll() {}
}
