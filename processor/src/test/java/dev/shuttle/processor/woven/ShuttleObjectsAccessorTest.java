package dev.shuttle.processor.woven;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.shuttle.processor.CompiledClasses;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code ConcurrentFoo.shuttleObjects()} lists the instance's limiters, lock and pools with the
 * user's class and method and a live snapshot; a user method it would clash with is a Shuttle
 * error on that method, and names that do not clash (a private method, an overload, a field, a
 * parameter) are fine.
 */
class ShuttleObjectsAccessorTest {
  private static final String CLASH = "Method shuttleObjects() of Client clashes with ConcurrentClient.shuttleObjects(),"
      + " which Shuttle generates to list the instance's rate limiters, lock and pools with their snapshots."
      + " Rename the method or make it private.";

  @Test
  void listsEachLimiterLockAndPoolWithItsClassMethodAndSnapshot() throws Exception {
    Compilation compilation = compile(source("test.Client", "package test;",
        "import dev.shuttle.*;",
        "import dev.shuttle.runtime.ShuttleObject;",
        "import dev.shuttle.runtime.ratelimit.RateLimiterStats;",
        "import java.util.concurrent.CompletableFuture;",
        "import java.util.stream.Collectors;",
        "@ReadMostly",
        "public class Client {",
        "  @Read @RateLimited(100) public String repo(String name) { return name; }",
        "  @Write @RateLimited(10) public void user(@RateLimited.Key String id) {}",
        "  @Write @RateLimited(value = 10, name = \"accessor-test\") public void search(String q) {}",
        "  @Async public CompletableFuture<String> fetch() { return CompletableFuture.completedFuture(\"f\"); }",
        "  static Object run() {",
        "    ConcurrentClient client = new ConcurrentClient();",
        "    client.repo(\"a\");",
        "    client.repo(\"b\");",
        "    String listed = client.shuttleObjects().stream()",
        "        .map(o -> o.kind() + \" \" + o.name() + \" \" + o.className().orElse(\"-\") + \" \"",
        "            + o.methodName().orElse(\"-\"))",
        "        .collect(Collectors.joining(\"; \"));",
        "    RateLimiterStats repo = (RateLimiterStats) client.shuttleObjects().get(0).snapshot().orElseThrow();",
        "    return listed + \"; repo granted \" + repo.granted();",
        "  }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("RATE_LIMITER Client.repo test.Client repo; "
            + "KEYED_RATE_LIMITER Client.user test.Client user; "
            + "RATE_LIMITER bucket \"accessor-test\" test.Client search; "
            + "READ_MOSTLY_LOCK Client test.Client -; "
            + "TASK_POOL test.Client test.Client -; "
            + "repo granted 2",
        new CompiledClasses(compilation).call("test.Client", "run"));
  }

  @Test
  void aMethodOfTheSameNameIsAnErrorOnIt() {
    JavaFileObject client = source("test.Client", "package test;",
        "import java.util.List;",
        "public class Client {",
        "  @dev.shuttle.RateLimited(100) public String repo(String name) { return name; }",
        "  public List<Object> shuttleObjects() { return List.of(); }",
        "}");
    assertThat(compile(client)).hadErrorContaining(CLASH).inFile(client).onLineContaining("shuttleObjects()");
  }

  @Test
  void anInheritedMethodOfTheSameNameIsAnErrorOnTheClass() {
    JavaFileObject base = source("test.Base", "package test;",
        "public class Base {",
        "  protected static int shuttleObjects() { return 0; }",
        "}");
    JavaFileObject client = source("test.Client", "package test;",
        "@dev.shuttle.ReadMostly",
        "public class Client extends Base {",
        "  @dev.shuttle.Read public int size() { return 0; }",
        "}");
    assertThat(compile(base, client)).hadErrorContaining(CLASH).inFile(client).onLineContaining("class Client");
  }

  @Test
  void namesThatDoNotClashAreFine() throws Exception {
    Compilation compilation = compile(source("test.Client", "package test;",
        "public class Client {",
        "  private final int shuttleObjects = 1;",
        "  private int shuttleObjects() { return shuttleObjects; }",
        "  public int shuttleObjects(int more) { return shuttleObjects() + more; }",
        "  @dev.shuttle.RateLimited(100) public int repo(int shuttleObjects) { return shuttleObjects(shuttleObjects); }",
        "  static Object run() {",
        "    ConcurrentClient client = new ConcurrentClient();",
        "    return client.repo(2) + \" \" + client.shuttleObjects().size();",
        "  }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("3 1", new CompiledClasses(compilation).call("test.Client", "run"));
  }

  @Test
  void aWovenClassWithNoObjectsHasNoAccessorAndLeavesTheNameFree() throws Exception {
    Compilation compilation = compile(source("test.Sums", "package test;",
        "public class Sums {",
        "  @dev.shuttle.ForkJoin(threshold = 4)",
        "  public long sum(@dev.shuttle.From int from, @dev.shuttle.To int to) {",
        "    long s = 0; for (int i = from; i < to; i++) s += i; return s;",
        "  }",
        "  public String shuttleObjects() { return \"mine\"; }",
        "  static Object run() { return new ConcurrentSums().sum(0, 10) + \" \" + new ConcurrentSums().shuttleObjects(); }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("45 mine", new CompiledClasses(compilation).call("test.Sums", "run"));
  }
}
