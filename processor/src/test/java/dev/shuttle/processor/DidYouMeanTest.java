package dev.shuttle.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.common.truth.Truth.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;

import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A misspelled member name in an annotation value is answered with the member the user most likely meant. */
class DidYouMeanTest {

  @Test
  void raceSource() {
    JavaFileObject src = source("test.Quotes",
        "package test;",
        "import dev.shuttle.*;",
        "import java.util.concurrent.CompletableFuture;",
        "public abstract class Quotes {",
        "  @Race({\"primary\", \"mirorr\"})",
        "  public abstract CompletableFuture<String> quote(String symbol);",
        "  public abstract CompletableFuture<String> primary(String symbol);",
        "  public abstract CompletableFuture<String> mirror(String symbol);",
        "}");
    assertThat(compile(src)).hadErrorContaining("@Race on Quotes.quote(String) names \"mirorr\", but Quotes has no "
            + "method of that name. Did you mean \"mirror\"? Name a method of Quotes")
        .inFile(src).onLineContaining("@Race");
  }

  @Test
  void pool() {
    JavaFileObject src = source("test.Worker",
        "package test;",
        "import dev.shuttle.*;",
        "@Pool(name = \"thumbnails\", sizing = Sizing.FIXED, threads = 2)",
        "public class Worker {",
        "  @Async(pool = \"thumbnials\") public void resize() {}",
        "}");
    assertThat(compile(src)).hadErrorContaining("@Async(pool = \"thumbnials\"): no pool named \"thumbnials\" is "
            + "declared on Worker. Did you mean \"thumbnails\"? Declare it")
        .inFile(src).onLineContaining("pool = \"thumbnials\"");
  }

  @Test
  void builtInPool() {
    JavaFileObject src = source("test.Worker",
        "package test;",
        "import dev.shuttle.*;",
        "public class Worker {",
        "  @Async(pool = \"IO\") public void read() {}",
        "}");
    assertThat(compile(src)).hadErrorContaining("no pool named \"IO\" is declared on Worker. Did you mean \"io\"?");
  }

  @Test
  void combine() {
    JavaFileObject src = source("test.Sums",
        "package test;",
        "import dev.shuttle.*;",
        "public class Sums {",
        "  @ForkJoin(threshold = 10, combine = \"mrege\")",
        "  public String text(@From int start, @To int end) { return \"\"; }",
        "  String merge(String left, String right) { return left + right; }",
        "}");
    assertThat(compile(src)).hadErrorContaining("@ForkJoin(combine = \"mrege\"): Sums has no method named mrege. "
            + "Did you mean \"merge\"? Add String mrege(String left, String right), or fix the name.")
        .inFile(src).onLineContaining("combine = \"mrege\"");
  }

  @Test
  void until() {
    JavaFileObject src = source("test.Sim",
        "package test;",
        "import dev.shuttle.*;",
        "@Phased(parties = 1, until = \"isConverged\")",
        "public class Sim {",
        "  @Phase(1) void step(int party) {}",
        "  boolean converged() { return true; }",
        "}");
    assertThat(compile(src)).hadErrorContaining("@Phased(until = \"isConverged\"): Sim has no method named "
            + "isConverged. Did you mean \"converged\"? Add boolean isConverged()")
        .inFile(src).onLineContaining("until = \"isConverged\"");
  }

  @Test
  void nothingIsSuggestedWhenNoNameIsNear() {
    JavaFileObject src = source("test.Sim",
        "package test;",
        "import dev.shuttle.*;",
        "@Phased(parties = 1, until = \"finished\")",
        "public class Sim {",
        "  @Phase(1) void step(int party) {}",
        "  boolean converged() { return true; }",
        "}");
    assertThat(compile(src)).hadErrorContaining("Sim has no method named finished. Add boolean finished()");
  }

  @Test
  void caseAloneIsANearMiss() {
    assertThat(Suggestions.closest("fetchfast", List.of("fetchFast", "fetch"))).hasValue("fetchFast");
  }

  @Test
  void aSwapOfNeighboursIsOneEdit() {
    assertThat(Suggestions.distance("mrege", "merge")).isEqualTo(1);
    assertThat(Suggestions.closest("ab", List.of("ba"))).hasValue("ba");
  }

  @Test
  void shortNamesAllowOneEditAndLongOnesAtMostThree() {
    assertThat(Suggestions.closest("io", List.of("cpu"))).isEmpty();
    assertThat(Suggestions.closest("abcdefghijklmnopqrstuvwx", List.of("abcdefghijklmnopqrstuABC"))).hasValue(
        "abcdefghijklmnopqrstuABC");
    assertThat(Suggestions.closest("abcdefghijklmnopqrstuvwx", List.of("abcdefghijklmnopqrsABCDE"))).isEmpty();
  }

  @Test
  void theNearestWinsAndTiesGoAlphabetically() {
    assertThat(Suggestions.closest("primery", List.of("primary", "primer", "prime"))).hasValue("primary");
    assertThat(Suggestions.closest("cat", List.of("cut", "bat"))).hasValue("bat");
  }

  @Test
  void theNameItselfIsNeverSuggested() {
    assertThat(Suggestions.closest("merge", List.of("merge"))).isEmpty();
  }
}
