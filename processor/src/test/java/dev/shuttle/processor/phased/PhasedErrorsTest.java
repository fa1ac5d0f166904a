package dev.shuttle.processor.phased;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per documented {@code @Phased} error, each pinned to the line the user must fix. */
class PhasedErrorsTest {

  private static JavaFileObject simulation(String annotation, String... body) {
    String[] lines = new String[body.length + 5];
    lines[0] = "package test;";
    lines[1] = "import dev.shuttle.*;";
    lines[2] = annotation;
    lines[3] = "public class Simulation {";
    System.arraycopy(body, 0, lines, 4, body.length);
    lines[lines.length - 1] = "}";
    return source("test.Simulation", lines);
  }

  @Test
  void noPhases() {
    JavaFileObject src = simulation("@Phased(parties = 2)", "  void step(int party) {}");
    assertThat(compile(src)).hadErrorContaining(
            "@Phased class Simulation has no @Phase method, so its parties would have nothing to do.")
        .inFile(src).onLineContaining("@Phased(parties = 2)");
  }

  @Test
  void duplicatePhaseNumbers() {
    JavaFileObject src = simulation("@Phased",
        "  @Phase(1) void forces(int party) {}",
        "  @Phase(1) void integrate(int party) {}");
    assertThat(compile(src)).hadErrorContaining(
            "@Phase(1) is on more than one method (Simulation.forces(int), Simulation.integrate(int)). "
                + "Give each phase its own number")
        .inFile(src).onLineContaining("void integrate");
  }

  @Test
  void phaseTakingSomethingElseThanTheParty() {
    JavaFileObject src = simulation("@Phased",
        "  @Phase(1) void forces(long party) {}");
    assertThat(compile(src)).hadErrorContaining(
            "@Phase method Simulation.forces(long) must be a non-private instance method returning void that takes "
                + "no parameter or one int (the party, 0 to parties - 1), e.g. @Phase(1) void forces(int party).")
        .inFile(src).onLineContaining("void forces(long party)");
  }

  @Test
  void phaseTakingTwoParameters() {
    JavaFileObject src = simulation("@Phased",
        "  @Phase(1) void forces(int party, int parties) {}");
    assertThat(compile(src)).hadErrorContaining("@Phase method Simulation.forces(int, int) must be")
        .inFile(src).onLineContaining("void forces(int party, int parties)");
  }

  @Test
  void privatePhase() {
    JavaFileObject src = simulation("@Phased",
        "  @Phase(1) private void forces(int party) {}");
    assertThat(compile(src)).hadErrorContaining("@Phase method Simulation.forces(int) must be a non-private")
        .inFile(src).onLineContaining("private void forces");
  }

  @Test
  void phaseReturningAValue() {
    JavaFileObject src = simulation("@Phased",
        "  @Phase(1) int forces(int party) { return 0; }");
    assertThat(compile(src)).hadErrorContaining("@Phase method Simulation.forces(int) must be")
        .inFile(src).onLineContaining("int forces(int party)");
  }

  @Test
  void afterPhaseWithTheWrongSignature() {
    JavaFileObject src = simulation("@Phased",
        "  @Phase(1) void forces(int party) {}",
        "  @AfterPhase void checkpoint() {}");
    assertThat(compile(src)).hadErrorContaining(
            "@AfterPhase method Simulation.checkpoint() must be a non-private instance method returning void that "
                + "takes one int (the number of the phase just finished), e.g. @AfterPhase void checkpoint(int phase).")
        .inFile(src).onLineContaining("void checkpoint()");
  }

  @Test
  void twoAfterPhaseMethods() {
    JavaFileObject src = simulation("@Phased",
        "  @Phase(1) void forces(int party) {}",
        "  @AfterPhase void checkpoint(int phase) {}",
        "  @AfterPhase void log(int phase) {}");
    assertThat(compile(src)).hadErrorContaining(
            "@Phased class Simulation has more than one @AfterPhase method (Simulation.checkpoint(int), "
                + "Simulation.log(int)). Keep one")
        .inFile(src).onLineContaining("void log(int phase)");
  }

  @Test
  void untilNamesNoMethod() {
    JavaFileObject src = simulation("@Phased(until = \"converged\")",
        "  @Phase(1) void forces(int party) {}");
    assertThat(compile(src)).hadErrorContaining(
            "@Phased(until = \"converged\"): Simulation has no method named converged. Add boolean converged()")
        .inFile(src).onLineContaining("until = \"converged\"");
  }

  @Test
  void untilWithTheWrongSignature() {
    JavaFileObject src = simulation("@Phased(until = \"converged\")",
        "  @Phase(1) void forces(int party) {}",
        "  int converged() { return 0; }");
    assertThat(compile(src)).hadErrorContaining(
            "@Phased(until = \"converged\"): Simulation.converged() cannot say whether to stop. It must be a "
                + "non-private instance method boolean converged() with no parameters.")
        .inFile(src).onLineContaining("until = \"converged\"");
  }

  @Test
  void morePartiesThanThreadsAllowed() {
    JavaFileObject src = simulation("@Phased(parties = Phased.MAX_PARTIES + 1)",
        "  @Phase(1) void forces(int party) {}");
    assertThat(compile(src)).hadErrorContaining("@Phased(parties = 32768): each party runs on a thread of its own, and "
            + "a run has at most Phased.MAX_PARTIES (32767) of them.")
        .inFile(src).onLineContaining("MAX_PARTIES + 1");
  }

  @Test
  void negativeParties() {
    JavaFileObject src = simulation("@Phased(parties = -1)",
        "  @Phase(1) void forces(int party) {}");
    assertThat(compile(src)).hadErrorContaining(
            "@Phased(parties = -1): parties must be 0 (one per available processor) or a positive number of threads.")
        .inFile(src).onLineContaining("parties = -1");
  }

  @Test
  void phaseOutsideAPhasedClass() {
    JavaFileObject src = simulation("",
        "  @Phase(1) void forces(int party) {}");
    assertThat(compile(src)).hadErrorContaining(
            "@Phase method Simulation.forces(int) is in Simulation, which is not a @Phased class. "
                + "Put @Phased on Simulation, or remove @Phase.")
        .inFile(src).onLineContaining("void forces(int party)");
  }

  @Test
  void onAnInterface() {
    JavaFileObject src = source("test.Steps",
        "package test;",
        "@dev.shuttle.Phased",
        "public interface Steps {",
        "  @dev.shuttle.Phase(1) default void step(int party) {}",
        "}");
    assertThat(compile(src)).hadErrorContaining("@Phased must be on a class, but Steps is an interface")
        .inFile(src).onLineContaining("@dev.shuttle.Phased");
  }

  @Test
  void everyProblemIsReported() {
    JavaFileObject src = simulation("@Phased(parties = -3, until = \"stop\")",
        "  @Phase(2) void a(int party) {}",
        "  @Phase(2) void b() {}",
        "  @Phase(3) void c(String s) {}",
        "  @AfterPhase void d(String s) {}");
    Compilation compilation = compile(src);
    assertThat(compilation).hadErrorContaining("parties must be 0");
    assertThat(compilation).hadErrorContaining("@Phase(2) is on more than one method");
    assertThat(compilation).hadErrorContaining("@Phase method Simulation.c(String) must be");
    assertThat(compilation).hadErrorContaining("@AfterPhase method Simulation.d(String) must be");
    assertThat(compilation).hadErrorContaining("has no method named stop");
    assertThat(compilation).hadErrorCount(5);
  }
}
