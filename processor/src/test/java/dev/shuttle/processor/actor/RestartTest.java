package dev.shuttle.processor.actor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.shuttle.processor.CompiledClasses;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Actor(onFailure = RESTART)}: spawned from a factory, restarted with a fresh behaviour after a failed tell. */
class RestartTest {

  @Test
  void aFailedTellRestartsTheActorWithAFreshBehaviourAndKeepsItsMailbox() throws Exception {
    Compilation compilation = compile(source("test.Session", "package test;",
        "import dev.shuttle.*;",
        "import java.util.concurrent.TimeUnit;",
        "import java.util.concurrent.atomic.AtomicInteger;",
        "@Actor(onFailure = FailurePolicy.RESTART, restartBackoffMillis = 0)",
        "public class Session {",
        "  static final AtomicInteger MADE = new AtomicInteger();",
        "  private int seen;",
        "  Session() { MADE.incrementAndGet(); }",
        "  public void see(String item) {",
        "    if (item.isEmpty()) throw new IllegalArgumentException(\"empty\");",
        "    seen++;",
        "  }",
        "  public int seen() { return seen; }",
        "  static Object run() throws Exception {",
        "    SessionActor session = SessionActor.spawn(Session::new);",
        "    session.see(\"a\");",
        "    session.see(\"b\");",
        "    session.see(\"\");", // fails: the session restarts
        "    session.see(\"c\");",
        "    int seen = session.seen().get(30, TimeUnit.SECONDS);",
        "    session.stop().get(30, TimeUnit.SECONDS);",
        "    return MADE.get() + \" made, \" + seen + \" seen since\";",
        "  }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("2 made, 1 seen since", new CompiledClasses(compilation).call("test.Session", "run"));
  }

  @Test
  void aRestartingActorIsSpawnedFromAFactoryNotAnInstance() {
    JavaFileObject session = source("test.Session", "package test;",
        "import dev.shuttle.*;",
        "@Actor(onFailure = FailurePolicy.RESTART)",
        "public class Session {",
        "  public void see(String item) {}",
        "}");
    JavaFileObject caller = source("test.Caller", "package test;",
        "class Caller {",
        "  SessionActor start() { return SessionActor.spawn(new Session()); }",
        "}");
    Compilation compilation = compile(session, caller);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("incompatible types").inFile(caller).onLineContaining("spawn(new Session())");
  }

  @Test
  void theSettingsConstantSaysOnlyWhatDepartsFromTheDefaults() {
    Compilation compilation = compile(source("test.Session", "package test;",
        "import dev.shuttle.*;",
        "@Actor(onFailure = FailurePolicy.RESTART, maxRestarts = 3)",
        "public class Session {",
        "  public void see(String item) {}",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.SessionActor").contentsAsUtf8String()
        .contains(".onFailure(FailurePolicy.RESTART)\n            .restarts(3, 60, 10);");
  }

  @Test
  void aRestartSettingWithoutRestartIsAnError() {
    JavaFileObject src = source("test.Session", "package test;",
        "import dev.shuttle.*;",
        "@Actor(onFailure = FailurePolicy.STOP,",
        "    maxRestarts = 3)",
        "public class Session {",
        "  public void see(String item) {}",
        "}");
    assertThat(compile(src)).hadErrorContaining("@Actor(maxRestarts = ...) only applies with onFailure = RESTART, but "
            + "this actor's onFailure is STOP. Remove maxRestarts, or set onFailure = FailurePolicy.RESTART.")
        .inFile(src).onLineContaining("maxRestarts = 3");
  }

  @Test
  void restartSettingsTheRuntimeWouldRefuseAreErrors() {
    JavaFileObject src = source("test.Session", "package test;",
        "import dev.shuttle.*;",
        "@Actor(onFailure = FailurePolicy.RESTART,",
        "    maxRestarts = 0,",
        "    restartWithinSeconds = 0,",
        "    restartBackoffMillis = -1)",
        "public class Session {",
        "  public void see(String item) {}",
        "}");
    Compilation compilation = compile(src);
    assertThat(compilation).hadErrorContaining("@Actor(maxRestarts = 0): at least 1 restart.")
        .inFile(src).onLineContaining("maxRestarts = 0");
    assertThat(compilation).hadErrorContaining("@Actor(restartWithinSeconds = 0): the window must be at least 1 second.")
        .inFile(src).onLineContaining("restartWithinSeconds = 0");
    assertThat(compilation).hadErrorContaining("@Actor(restartBackoffMillis = -1): the back-off must be 0 (none) or "
            + "positive.")
        .inFile(src).onLineContaining("restartBackoffMillis = -1");
  }
}
