package dev.shuttle.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.processor.fuzz.ContractOracle.Outcome;
import dev.shuttle.processor.fuzz.ContractOracle.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fuzzer's own parts: {@link CaseWriter} writes valid, replayable cases; {@link ContractOracle} judges right. */
class FuzzerTest {
  private static ContractOracle oracle;
  private final CaseWriter writer = new CaseWriter();

  @BeforeAll
  static void startCompiler() {
    oracle = new ContractOracle();
  }

  @AfterAll
  static void stopCompiler() throws IOException {
    oracle.close();
  }

  @Test
  void sameSeedWritesTheSameBytes() {
    for (long seed = 0; seed < 20; seed++) {
      assertEquals(writer.write(seed), new CaseWriter().write(seed), "seed " + seed);
    }
    assertNotEquals(writer.write(1).sources(), writer.write(2).sources());
  }

  @Test
  void everyCaseOfTheFirstSeedsCompilesWithoutTheProcessor() {
    for (long seed = 0; seed < 30; seed++) {
      FuzzCase fuzzCase = writer.write(seed);
      Optional<String> rejected = oracle.rejectedWithoutProcessor(fuzzCase);
      assertEquals(Optional.empty(), rejected, () -> "seed " + fuzzCase.seedHex() + ":\n" + fuzzCase.listing());
    }
  }

  @Test
  void theFirstSeedsUseEveryShuttleAnnotation() {
    String all = LongStream.range(0, 200).mapToObj(writer::write)
        .flatMap(c -> c.sources().stream()).map(FuzzCase.Source::text).collect(Collectors.joining("\n"));
    for (String annotation : List.of("@Actor", "@OnFailure", "@Pipeline", "@Stage", "@OnError", "@Phased", "@Phase(",
        "@AfterPhase", "@ReadMostly", "@Read", "@Write", "@RateLimited", "@RateLimited.Key", "@Async", "@Pool(",
        "@Race(", "@ForkJoin(", "@From", "@To", "sealed ", "record ", "Integer.MAX_VALUE", "8589934592L",
        ".MAX_MAILBOX", ".MAX_BOUND", ".MAX_PARALLELISM", "FailurePolicy.RESTART", "maxRestarts =",
        "restartWithinSeconds =", "restartBackoffMillis =", "throughput =", "Actor.self()", ".withAskTimeout(",
        ".withSendTimeout(", "Actors.pipeToSelf(", "Actors.startTimer(", "Actors.startPeriodicTimer(",
        "Actors.cancelTimer(", "Actors.child(", "List<RoomActor>", "OnLimit.FAIL")) {
      assertTrue(all.contains(annotation), annotation + " in none of the first 200 cases");
    }
  }

  @Test
  void importsShortenTypesButNotCallsOnVariables() {
    Imports imports = new Imports("fuzz", Set.of());
    assertEquals("peer.PUT(null); new ArrayList<>(); @Actor(mailbox = 1) Duration.ofSeconds(1)",
        imports.shorten("peer.PUT(null); new java.util.ArrayList<>(); @dev.shuttle.Actor(mailbox = 1) "
            + "java.time.Duration.ofSeconds(1)"));
    assertEquals("import dev.shuttle.Actor;\nimport java.time.Duration;\nimport java.util.ArrayList;\n", imports.lines());
  }

  @Test
  void aCleanInputIsOk() {
    Verdict verdict = oracle.judge(oneFile("Account",
        "package fuzz;",
        "@dev.shuttle.Actor",
        "public class Account {",
        "  private long balance;",
        "  public void deposit(long amount) { balance += amount; }",
        "  public long balance() { return balance; }",
        "}"));
    assertEquals(Outcome.OK, verdict.outcome(), verdict.firstDiagnostic());
    assertTrue(verdict.generated().stream().anyMatch(source -> source.contains("fuzz/AccountActor.java")));
  }

  @Test
  void aShuttleErrorOnTheUsersClassKeepsTheContract() {
    Verdict verdict = oracle.judge(oneFile("Inbox",
        "package fuzz;",
        "@dev.shuttle.Actor(mailbox = -1)",
        "class Inbox {",
        "  public void put(String item) {}",
        "}"));
    assertEquals(Outcome.SHUTTLE_ERROR, verdict.outcome(), verdict.firstDiagnostic());
    assertTrue(verdict.firstDiagnostic().startsWith("fuzz/Inbox.java:"), verdict.firstDiagnostic());
  }

  @Test
  void aRefusedActorWhoseBodyCallsItsGeneratedTypeKeepsTheContract() {
    FuzzCase inbox = new FuzzCase(0, "fuzz.Inbox", List.of(new FuzzCase.Source("fuzz.Inbox", String.join("\n",
        "package fuzz;",
        "@dev.shuttle.Actor(mailbox = -1)",
        "class Inbox {",
        "  public void put(String item) { InboxActor.self().stop(); }",
        "}", ""))),
        List.of(new FuzzCase.StandIn("fuzz.InboxActor", List.of(
            "public static fuzz.InboxActor self() { return null; }",
            "public java.util.concurrent.CompletableFuture<java.lang.Void> stop() { return null; }"))),
        List.of("@Actor(mailbox = -1)"));
    Verdict verdict = oracle.judge(inbox);
    assertEquals(Outcome.SHUTTLE_ERROR, verdict.outcome(), verdict.firstDiagnostic());
    assertEquals(Optional.empty(), oracle.rejectedWithoutProcessor(inbox));
  }

  @Test
  void aCaseShuttleMustRefuseThatCompilesIsAMissedError() {
    FuzzCase clean = oneFile("Account",
        "package fuzz;",
        "@dev.shuttle.Actor",
        "public class Account {",
        "  public void deposit(long amount) {}",
        "}");
    Verdict verdict = oracle.judge(new FuzzCase(clean.seed(), clean.subject(), clean.sources(), List.of(),
        List.of("what the writer drew")));
    assertEquals(Outcome.MISSED_ERROR, verdict.outcome(), verdict.firstDiagnostic());
    assertTrue(verdict.firstDiagnostic().contains("what the writer drew"), verdict.firstDiagnostic());
  }

  @Test
  void anErrorInGeneratedCodeIsBrokenOutput() throws IOException {
    try (ContractOracle judgingABrokenProcessor = new ContractOracle(BrokenFileProcessor::new)) {
      Verdict verdict = judgingABrokenProcessor.judge(oneFile("Client",
          "package fuzz;",
          "public class Client {}"));
      assertEquals(Outcome.BROKEN_OUTPUT, verdict.outcome(), verdict.firstDiagnostic());
      assertTrue(verdict.firstDiagnostic().startsWith("fuzz/ClientBroken.java:"), verdict.firstDiagnostic());
    }
  }

  @Test
  void anInputJavacRejectsIsInvalidInput() {
    Verdict verdict = oracle.judge(oneFile("Broken",
        "package fuzz;",
        "@dev.shuttle.Actor",
        "class Broken {",
        "  public int size() { return \"not an int\"; }",
        "}"));
    assertEquals(Outcome.INVALID_INPUT, verdict.outcome(), verdict.firstDiagnostic());
    assertEquals("compiler.err.prob.found.req", verdict.code());
  }

  private static FuzzCase oneFile(String simpleName, String... lines) {
    return new FuzzCase(0, "fuzz." + simpleName,
        List.of(new FuzzCase.Source("fuzz." + simpleName, String.join("\n", lines) + "\n")), List.of(), List.of());
  }

  /** Writes, for each class of the first round, a file that does not compile: broken output, whoever the user is. */
  @SupportedAnnotationTypes("*")
  private static final class BrokenFileProcessor extends AbstractProcessor {
    private boolean written;

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (written) {
        return false; // later rounds show the broken files themselves
      }
      written = true;
      for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
        try (Writer writer = processingEnv.getFiler().createSourceFile(type.getQualifiedName() + "Broken", type)
            .openWriter()) {
          writer.write("package fuzz;\nclass " + type.getSimpleName() + "Broken { int size = \"not an int\"; }\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
