package dev.shuttle.processor.actor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.shuttle.processor.CompiledClasses;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @RateLimited(onLimit = WAIT)} on an {@code @Actor} class: a message over its limit waits
 * in the actor for its permit, without a thread, so other actors on the same executor go on; the
 * messages behind it wait. Each limit below allows one call an hour, so a held message stays held
 * for the whole test: the proofs are what completed meanwhile, on an executor of one thread. A
 * waiting limit on a method the actor does not run as a message is an error.
 */
class ActorWaitingLimitsTest {
  private static final String ONE_THREAD = "java.util.concurrent.ExecutorService one = "
      + "java.util.concurrent.Executors.newSingleThreadExecutor();";

  private static Object run(JavaFileObject... sources) throws Exception {
    Compilation compilation = compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return new CompiledClasses(compilation).call("test.Main", "run");
  }

  /** {@code test.Main.run()}: {@code body} with an executor {@code one} of one thread, shut down after. */
  private static JavaFileObject main(String... body) {
    StringBuilder code = new StringBuilder("package test;\n"
        + "import java.util.concurrent.*;\n"
        + "class Main {\n"
        + "  static Object run() throws Exception {\n"
        + "    " + ONE_THREAD + "\n"
        + "    try {\n");
    for (String line : body) {
      code.append("      ").append(line).append('\n');
    }
    code.append("    } finally {\n      one.shutdownNow();\n    }\n  }\n"
        + "  static String failure(CompletableFuture<?> future) throws Exception {\n"
        + "    try {\n      future.get(10, TimeUnit.SECONDS);\n      return \"passed\";\n"
        + "    } catch (ExecutionException e) {\n      return e.getCause().getClass().getSimpleName();\n    }\n  }\n"
        + "}\n");
    return source("test.Main", code.toString());
  }

  @Test
  void aMessageOverItsLimitWaitsWithoutTheThreadThatAnotherActorThenUses() throws Exception {
    JavaFileObject client = source("test.Client", "package test;",
        "import dev.shuttle.*;",
        "import java.util.concurrent.TimeUnit;",
        "@Actor",
        "public class Client {",
        "  private int calls;",
        "  @RateLimited(value = 1, unit = TimeUnit.HOURS)",
        "  public int call() { return ++calls; }",
        "  public int calls() { return calls; }",
        "}");
    assertEquals("1 false 1 1", run(client, main(
        "ClientActor limited = ClientActor.spawn(new ConcurrentClient(), one);",
        "ClientActor other = ClientActor.spawn(new ConcurrentClient(), one);",
        "int first = limited.call().get(10, TimeUnit.SECONDS);",
        "CompletableFuture<Integer> held = limited.call(); // due in an hour",
        "CompletableFuture<Integer> behind = limited.calls();",
        "int others = other.call().get(10, TimeUnit.SECONDS); // the executor's one thread is free",
        "int othersCalls = other.calls().get(10, TimeUnit.SECONDS);",
        "if (behind.isDone()) throw new AssertionError(\"a message behind the held one ran first\");",
        "return first + \" \" + held.isDone() + \" \" + others + \" \" + othersCalls;")));
  }

  @Test
  void aPermitDueLaterThanMaxWaitFailsTheAskWithRateLimitExceeded() throws Exception {
    JavaFileObject client = source("test.Client", "package test;",
        "import dev.shuttle.*;",
        "import java.util.concurrent.TimeUnit;",
        "@Actor",
        "public class Client {",
        "  private int calls;",
        "  @RateLimited(value = 1, unit = TimeUnit.HOURS, maxWait = 1, maxWaitUnit = TimeUnit.MINUTES)",
        "  public int call() { return ++calls; }",
        "  public int calls() { return calls; }",
        "}");
    assertEquals("1 RateLimitExceededException 1", run(client, main(
        "ClientActor client = ClientActor.spawn(new ConcurrentClient(), one);",
        "int first = client.call().get(10, TimeUnit.SECONDS);",
        "String second = failure(client.call());",
        "return first + \" \" + second + \" \" + client.calls().get(10, TimeUnit.SECONDS);")));
  }

  @Test
  void aClassLevelLimitIsOneBucketForAllTheMessages() throws Exception {
    JavaFileObject meter = source("test.Meter", "package test;",
        "import dev.shuttle.*;",
        "import java.util.concurrent.TimeUnit;",
        "@Actor",
        "@RateLimited(value = 1, unit = TimeUnit.HOURS)",
        "public class Meter {",
        "  public String a() { return \"a\"; }",
        "  public String b() { return \"b\"; }",
        "}");
    assertEquals("a false b", run(meter, main(
        "MeterActor meter = MeterActor.spawn(new ConcurrentMeter(), one);",
        "MeterActor other = MeterActor.spawn(new ConcurrentMeter(), one);",
        "String a = meter.a().get(10, TimeUnit.SECONDS);",
        "CompletableFuture<String> b = meter.b(); // the bucket a emptied",
        "return a + \" \" + b.isDone() + \" \" + other.b().get(10, TimeUnit.SECONDS);")));
  }

  @Test
  void aKeyedLimitHoldsOnlyAMessageWhoseKeysBucketIsEmpty() throws Exception {
    JavaFileObject users = source("test.Users", "package test;",
        "import dev.shuttle.*;",
        "import java.util.concurrent.TimeUnit;",
        "@Actor",
        "public class Users {",
        "  @RateLimited(value = 1, unit = TimeUnit.HOURS)",
        "  public String get(int attempt, @RateLimited.Key String user) { return user + attempt; }",
        "}");
    assertEquals("x1 y1 false", run(users, main(
        "UsersActor users = UsersActor.spawn(new ConcurrentUsers(), one);",
        "String x = users.get(1, \"x\").get(10, TimeUnit.SECONDS);",
        "String y = users.get(1, \"y\").get(10, TimeUnit.SECONDS); // a bucket of its own",
        "CompletableFuture<String> again = users.get(2, \"x\");",
        "users.stop(); // accepted means handled: after the permit, in an hour",
        "return x + \" \" + y + \" \" + again.isDone();")));
  }

  @Test
  void aNamedLimitIsSharedByTheActorsThatUseTheName() throws Exception {
    JavaFileObject mirror = source("test.Mirror", "package test;",
        "import dev.shuttle.*;",
        "import java.util.concurrent.TimeUnit;",
        "@Actor",
        "public class Mirror {",
        "  @RateLimited(value = 1, unit = TimeUnit.HOURS, name = \"test-mirror\")",
        "  public void sync(String path) {}",
        "  public String ping() { return \"pong\"; }",
        "}");
    assertEquals("pong false", run(mirror, main(
        "MirrorActor first = MirrorActor.spawn(new ConcurrentMirror(), one);",
        "MirrorActor second = MirrorActor.spawn(new ConcurrentMirror(), one);",
        "first.sync(\"a\");",
        "String answered = first.ping().get(10, TimeUnit.SECONDS); // its sync took the bucket's permit",
        "second.sync(\"b\"); // the same bucket: held",
        "CompletableFuture<String> behind = second.ping();",
        "return first.ping().get(10, TimeUnit.SECONDS) + \" \" + behind.isDone();")));
  }

  @Test
  void aMethodReturningAStageRunsOnTheActorsTurnOnceItsPermitIsDue() throws Exception {
    JavaFileObject feed = source("test.Feed", "package test;",
        "import dev.shuttle.*;",
        "import java.util.concurrent.*;",
        "@Actor",
        "public class Feed {",
        "  @RateLimited(value = 50, burst = 1)",
        "  public CompletionStage<String> poll() {",
        "    FeedActor.self(); // throws outside the actor's turn",
        "    return CompletableFuture.completedFuture(\"on turn\");",
        "  }",
        "}");
    assertEquals("on turn on turn", run(feed, main(
        "FeedActor feed = FeedActor.spawn(new ConcurrentFeed(), one);",
        "CompletableFuture<String> first = feed.poll();",
        "CompletableFuture<String> second = feed.poll(); // held for 20 ms, then run by the actor",
        "return first.get(10, TimeUnit.SECONDS) + \" \" + second.get(10, TimeUnit.SECONDS);")));
  }

  @Test
  void anInheritedLimitedMethodWithAForkJoinKeepsBothOnTheActor() throws Exception {
    JavaFileObject base = source("test.Base", "package test;",
        "import dev.shuttle.*;",
        "import java.util.concurrent.TimeUnit;",
        "public class Base {",
        "  @RateLimited(value = 1, unit = TimeUnit.HOURS)",
        "  public long sum(long[] values, int from, int to) {",
        "    long total = 0;",
        "    for (int i = from; i < to; i++) total += values[i];",
        "    return total;",
        "  }",
        "  @RateLimited(value = 1, unit = TimeUnit.HOURS)",
        "  public int ping() { return 1; }",
        "}");
    JavaFileObject sums = source("test.Sums", "package test;",
        "import dev.shuttle.*;",
        "@Actor",
        "public class Sums extends Base {",
        "  @Override @ForkJoin(threshold = 4)",
        "  public long sum(long[] values, @From int from, @To int to) { return super.sum(values, from, to); }",
        "}");
    assertEquals("4950 1 false", run(base, sums, main(
        "SumsActor sums = SumsActor.spawn(new ConcurrentSums(), one);",
        "long[] values = new long[100];",
        "java.util.Arrays.setAll(values, i -> i);",
        "long total = sums.sum(values, 0, values.length).get(10, TimeUnit.SECONDS);",
        "int ping = sums.ping().get(10, TimeUnit.SECONDS); // inherited, not overridden: a bucket of its own",
        "return total + \" \" + ping + \" \" + sums.sum(values, 0, 1).isDone();")));
  }

  @Test
  void theWovenMembersTheActorCallsTakeNamesTheUserLeftFreeAndOverloadsKeepTheirBuckets() throws Exception {
    JavaFileObject api = source("test.Api", "package test;",
        "import dev.shuttle.*;",
        "import java.util.concurrent.TimeUnit;",
        "@Actor",
        "public class Api {",
        "  @RateLimited(value = 1, unit = TimeUnit.HOURS)",
        "  public String call(@RateLimited.Key String message) { return message; }",
        "  @RateLimited(value = 1, unit = TimeUnit.HOURS)",
        "  public String call(int target) { return \"#\" + target; }",
        "  public String reserveCallPermit() { return \"mine\"; }",
        "  public String callPermitted(String reserveCall2Permit) { return reserveCall2Permit; }",
        "}");
    assertEquals("a #1 mine own false", run(api, main(
        "ApiActor api = ApiActor.spawn(new ConcurrentApi(), one);",
        "String keyed = api.call(\"a\").get(10, TimeUnit.SECONDS);",
        "String numbered = api.call(1).get(10, TimeUnit.SECONDS); // its own bucket",
        "String mine = api.reserveCallPermit().get(10, TimeUnit.SECONDS) + \" \"",
        "    + api.callPermitted(\"own\").get(10, TimeUnit.SECONDS);",
        "return keyed + \" \" + numbered + \" \" + mine + \" \" + api.call(2).isDone();")));
  }

  @Test
  void aWaitingLimitOnAMethodThatIsNoMessageIsAnErrorOnItsOnLimit() {
    Compilation compilation = compile(source("test.Client", "package test;",
        "import dev.shuttle.*;",
        "@Actor",
        "public class Client {",
        "  public void refresh() { fetch(); }",
        "  @RateLimited(value = 10, onLimit = OnLimit.WAIT)",
        "  protected void fetch() {}",
        "}"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("@RateLimited with onLimit = WAIT on Client.fetch(), which is not a "
        + "message of @Actor class Client (only its public methods are)")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("onLimit = OnLimit.WAIT");
  }

  @Test
  void aWaitingLimitOnTheFailureHandlerIsAnError() {
    Compilation compilation = compile(source("test.Client", "package test;",
        "import dev.shuttle.*;",
        "@Actor",
        "public class Client {",
        "  public void call() {}",
        "  @OnFailure @RateLimited(10)",
        "  public void failed(Throwable failure) {}",
        "}"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("@RateLimited with onLimit = WAIT on Client.failed(Throwable), the "
        + "@OnFailure handler of @Actor class Client: it runs after a failed message, not as a message")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("@OnFailure @RateLimited(10)");
  }

  @Test
  void aClassLevelWaitingLimitThatCoversAPublicFailureHandlerIsAnErrorOnTheClassLimit() {
    Compilation compilation = compile(source("test.Client", "package test;",
        "import dev.shuttle.*;",
        "@Actor",
        "@RateLimited(10)",
        "public class Client {",
        "  public void call() {}",
        "  @OnFailure public void failed(Throwable failure) {}",
        "}"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("@RateLimited with onLimit = WAIT on @Actor class Client covers "
        + "Client.failed(Throwable), the @OnFailure handler of the class")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("@RateLimited(10)");
  }
}
