package dev.shuttle.benchmarks.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * One JMH invocation of a round: the benchmarks {@code include} matches, with the parameters
 * {@code params} ({@code name=value}) fixed. It runs one fork per benchmark and parameter value,
 * and its results go to {@code <id>.json}.
 */
record Contender(String id, String include, List<String> params) {
  Contender {
    params = List.copyOf(params);
  }

  /** The arguments that select this contender; the script adds forks, iterations and output. */
  List<String> jmhArgs() {
    List<String> args = new ArrayList<>();
    args.add(include);
    for (String param : params) {
      args.add("-p");
      args.add(param);
    }
    return args;
  }
}
