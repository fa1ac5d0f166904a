package dev.shuttle.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.shuttle.processor.fuzz.ContractOracle.Outcome;
import dev.shuttle.processor.fuzz.ContractOracle.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The generator fuzzer: random valid classes from {@link CaseWriter}, each compiled with the
 * processor and judged by {@link ContractOracle}. It fails if any case breaks the contract (a crash,
 * an error or warning in or caused by generated code, or no error where the case has one Shuttle
 * must report) and names every such seed.
 *
 * <p>Every {@code mvn verify} runs the first {@value #VERIFY_CASES} seeds, the same ones on every
 * run, so a failure is the change's and replays exactly. Longer campaigns, from the repository root:
 * <pre>
 * mvn -pl processor test -Dtest=GeneratorFuzzTest -Dshuttle.fuzz.cases=5000     # seeds base .. base+4999
 * mvn -pl processor test -Dtest=GeneratorFuzzTest -Dshuttle.fuzz.cases=5000 -Dshuttle.fuzz.base=5f00
 * mvn -pl processor test -Dtest=GeneratorFuzzTest -Dshuttle.fuzz.seed=1f2a      # replay one case
 * </pre>
 * <ul>
 *   <li>{@code shuttle.fuzz.cases}: how many cases ({@value #VERIFY_CASES} by default); their seeds are
 *       consecutive from the base.
 *   <li>{@code shuttle.fuzz.base}: the first seed, in hex; {@code 0} by default.
 *   <li>{@code shuttle.fuzz.seed}: replays exactly that case (hex), instead of a campaign: prints its
 *       sources, the verdict and the generated sources, and fails if the case breaks the contract.
 *   <li>{@code shuttle.fuzz.report}: a file to write every failing case to: seed, class, outcome, first
 *       diagnostic and sources.
 * </ul>
 * The same seed writes the same sources on every machine and JDK, and each case stands alone, so a
 * seed from a report replays the failure exactly. Build the processor first ({@code mvn -pl
 * annotations,runtime install -DskipTests} once) when running it alone.
 */
class GeneratorFuzzTest {
  private static final String CASES = "shuttle.fuzz.cases";
  private static final String BASE = "shuttle.fuzz.base";
  private static final String SEED = "shuttle.fuzz.seed";
  private static final String REPORT = "shuttle.fuzz.report";
  private static final int VERIFY_CASES = 1000;

  private final CaseWriter writer = new CaseWriter();

  @Test
  @DisabledIfSystemProperty(named = SEED, matches = ".+")
  void everyCaseKeepsTheContract() throws IOException {
    int cases = Integer.parseInt(System.getProperty(CASES, String.valueOf(VERIFY_CASES)));
    long base = Long.parseUnsignedLong(System.getProperty(BASE, "0"), 16);
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    List<Failure> failures = new ArrayList<>();
    try (ContractOracle oracle = new ContractOracle()) {
      for (int i = 0; i < cases; i++) {
        FuzzCase fuzzCase = writer.write(base + i);
        Verdict verdict = oracle.judge(fuzzCase);
        counts.merge(verdict.outcome(), 1, Integer::sum);
        if (!verdict.outcome().keepsContract()) {
          failures.add(new Failure(fuzzCase, verdict));
        }
      }
    }
    writeReport(failures);
    System.out.println("GeneratorFuzzTest: " + cases + " cases from seed " + Long.toHexString(base) + ": " + counts);
    if (!failures.isEmpty()) {
      fail(summary(cases, counts, failures));
    }
  }

  @Test
  @EnabledIfSystemProperty(named = SEED, matches = "[0-9a-fA-F]+")
  void replayOneCase() throws IOException {
    FuzzCase fuzzCase = writer.write(Long.parseUnsignedLong(System.getProperty(SEED), 16));
    Verdict verdict;
    try (ContractOracle oracle = new ContractOracle()) {
      verdict = oracle.judge(fuzzCase);
    }
    System.out.println(fuzzCase.listing());
    System.out.println("// ==== " + verdict.outcome() + ": " + verdict.firstDiagnostic());
    verdict.generated().forEach(System.out::println);
    writeReport(verdict.outcome().keepsContract() ? List.of() : List.of(new Failure(fuzzCase, verdict)));
    assertEquals(true, verdict.outcome().keepsContract(),
        "seed " + fuzzCase.seedHex() + " " + verdict.outcome() + ": " + verdict.firstDiagnostic());
  }

  /** One case that broke the contract. */
  private record Failure(FuzzCase fuzzCase, Verdict verdict) {
    String line() {
      return fuzzCase.seedHex() + " " + verdict.outcome() + " " + fuzzCase.subject() + ": " + verdict.firstDiagnostic();
    }
  }

  private static String summary(int cases, Map<Outcome, Integer> counts, List<Failure> failures) {
    Map<String, Long> byCode = failures.stream().collect(Collectors.groupingBy(
        f -> f.verdict().outcome() + " " + f.verdict().code(), TreeMap::new, Collectors.counting()));
    StringBuilder out = new StringBuilder();
    out.append(failures.size()).append(" of ").append(cases).append(" cases broke the contract ").append(counts)
        .append("\nBy outcome and diagnostic:\n");
    byCode.forEach((code, count) -> out.append("  ").append(count).append(' ').append(code).append('\n'));
    out.append("Failing seeds (replay one with -D").append(SEED).append("=<seed>):\n");
    failures.stream().limit(50).forEach(f -> out.append("  ").append(f.line()).append('\n'));
    if (failures.size() > 50) {
      out.append("  ... and ").append(failures.size() - 50).append(" more; -D").append(REPORT)
          .append("=<file> writes them all\n");
    }
    return out.toString();
  }

  private static void writeReport(List<Failure> failures) throws IOException {
    String report = System.getProperty(REPORT);
    if (report == null || report.isEmpty()) {
      return;
    }
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(report), StandardCharsets.UTF_8))) {
      for (Failure failure : failures) {
        out.println("==== seed " + failure.fuzzCase().seedHex() + " " + failure.verdict().outcome() + " "
            + failure.fuzzCase().subject());
        out.println("first diagnostic: " + failure.verdict().firstDiagnostic());
        out.println("code: " + failure.verdict().code());
        out.print(failure.fuzzCase().listing());
        out.println();
      }
    }
  }
}
