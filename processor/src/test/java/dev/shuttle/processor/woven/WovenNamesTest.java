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
 * The members guards add to {@code ConcurrentFoo} (locks, pools, limiters, constants, task classes)
 * never clash with a user's parameter or with each other: every such class compiles warning-free,
 * each guard keeps its own member, and each limit applies to its own methods.
 */
class WovenNamesTest {

  @Test
  void aParameterNamedLockIsPassedOnUnderTheLock() throws Exception {
    assertEquals("a, b", run("Catalog",
        "@dev.shuttle.ReadMostly",
        "public class Catalog {",
        "  private final java.util.List<String> items = new java.util.ArrayList<>();",
        "  public void put(String lock) { items.add(lock); }",
        "  @dev.shuttle.Read(optimistic = true) public String first(String lock) { return items.get(0) + lock; }",
        "  @dev.shuttle.Read public String all() { return String.join(\", \", items); }",
        "  static Object run() {",
        "    Catalog catalog = new ConcurrentCatalog();",
        "    catalog.put(\"a\");",
        "    catalog.put(\"b\");",
        "    return catalog.all();",
        "  }",
        "}"));
  }

  @Test
  void parametersNamedLikeThePoolFieldsArePassedOn() throws Exception {
    assertEquals("default cpu", run("Worker",
        "public class Worker {",
        "  @dev.shuttle.Async",
        "  public java.util.concurrent.CompletableFuture<String> call(String pool) {",
        "    return java.util.concurrent.CompletableFuture.completedFuture(pool);",
        "  }",
        "  @dev.shuttle.Async(pool = dev.shuttle.Pool.CPU)",
        "  public java.util.concurrent.CompletableFuture<String> compute(String cpuPool) {",
        "    return java.util.concurrent.CompletableFuture.completedFuture(cpuPool);",
        "  }",
        "  static Object run() throws Exception {",
        "    Worker worker = new ConcurrentWorker();",
        "    return worker.call(\"default\").get() + \" \" + worker.compute(\"cpu\").get();",
        "  }",
        "}"));
  }

  @Test
  void raceParametersNamedLikeItsPoolAndConstantArePassedOn() throws Exception {
    assertEquals("q", run("Quotes",
        "public abstract class Quotes {",
        "  public String primary(String CALL_RACE, String pool) { return CALL_RACE; }",
        "  public String mirror(String CALL_RACE, String pool) { return CALL_RACE; }",
        "  @dev.shuttle.Race({\"primary\", \"mirror\"})",
        "  public abstract java.util.concurrent.CompletableFuture<String> call(String CALL_RACE, String pool);",
        "  static Object run() throws Exception {",
        "    return new ConcurrentQuotes().call(\"q\", \"p\").get();",
        "  }",
        "}"));
  }

  @Test
  void parametersNamedLikeTheLimiterFieldsArePassedOn() throws Exception {
    assertEquals("one two", run("Client",
        "public class Client {",
        "  @dev.shuttle.RateLimited(100) public String call(String callLimiter) { return callLimiter; }",
        "  @dev.shuttle.RateLimited(100)",
        "  public String search(@dev.shuttle.RateLimited.Key String user, String searchLimiters) {",
        "    return searchLimiters;",
        "  }",
        "  static Object run() {",
        "    Client client = new ConcurrentClient();",
        "    return client.call(\"one\") + \" \" + client.search(\"ada\", \"two\");",
        "  }",
        "}"));
  }

  @Test
  void aForkJoinParameterNamedLikeItsPoolConstantIsPassedOn() throws Exception {
    assertEquals(24L, run("Sums",
        "public class Sums {",
        "  @dev.shuttle.ForkJoin(threshold = 1, parallelism = 2)",
        "  public long call(@dev.shuttle.From int from, @dev.shuttle.To int to, int CALL_POOL) {",
        "    return (long) (to - from) * CALL_POOL;",
        "  }",
        "  static Object run() {",
        "    return new ConcurrentSums().call(0, 8, 3);",
        "  }",
        "}"));
  }

  @Test
  void parametersNamedLikeATypeTheOverrideUsesLeaveThatTypeReachable() throws Exception {
    assertEquals("minutes 12", run("Jobs",
        "public class Jobs {",
        "  @dev.shuttle.RateLimited(value = 100, maxWait = 5)",
        "  public String call(String TimeUnit) { return TimeUnit; }",
        "  @dev.shuttle.ForkJoin(threshold = 1, parallelism = 2)",
        "  public long sum(@dev.shuttle.From int from, @dev.shuttle.To int to, int ForkJoins) {",
        "    return (long) (to - from) * ForkJoins;",
        "  }",
        "  static Object run() {",
        "    Jobs jobs = new ConcurrentJobs();",
        "    return jobs.call(\"minutes\") + \" \" + jobs.sum(0, 4, 3);",
        "  }",
        "}"));
  }

  @Test
  void aFieldNamedLikeATypeTheWovenClassUsesLeavesThatTypeReachable() throws Exception {
    assertEquals("shelf", run("Shelf",
        "@dev.shuttle.ReadMostly",
        "public class Shelf {",
        "  protected String ReadMostlyLock = \"shelf\";",
        "  @dev.shuttle.Read(optimistic = true) public String name() { return ReadMostlyLock; }",
        "  static Object run() {",
        "    return new ConcurrentShelf().name();",
        "  }",
        "}"));
  }

  @Test
  void aForkJoinPoolAndADeclaredPoolOfTheSameNameKeepTheirOwnConstants() throws Exception {
    assertEquals("36 later", run("Sums",
        "@dev.shuttle.Pool(name = \"sum\", sizing = dev.shuttle.Sizing.FIXED, threads = 1)",
        "public class Sums {",
        "  @dev.shuttle.ForkJoin(threshold = 2, parallelism = 2)",
        "  public long sum(@dev.shuttle.From int from, @dev.shuttle.To int to) {",
        "    long total = 0;",
        "    for (int i = from; i < to; i++) { total += i; }",
        "    return total;",
        "  }",
        "  @dev.shuttle.Async(pool = \"sum\")",
        "  public java.util.concurrent.CompletableFuture<String> later() {",
        "    return java.util.concurrent.CompletableFuture.completedFuture(\"later\");",
        "  }",
        "  static Object run() throws Exception {",
        "    Sums sums = new ConcurrentSums();",
        "    return sums.sum(0, 9) + \" \" + sums.later().get();",
        "  }",
        "}"));
  }

  @Test
  void anOverloadLadderAndAMethodNamedLikeItsNextRungGetTheirOwnTasks() throws Exception {
    assertEquals("6 6 6", run("Ranges",
        "public class Ranges {",
        "  @dev.shuttle.ForkJoin(threshold = 1)",
        "  public int count(@dev.shuttle.From int from, @dev.shuttle.To int to) { return to - from; }",
        "  @dev.shuttle.ForkJoin(threshold = 1)",
        "  public long count(@dev.shuttle.From long from, @dev.shuttle.To long to) { return to - from; }",
        "  @dev.shuttle.ForkJoin(threshold = 1)",
        "  public int count2(@dev.shuttle.From int from, @dev.shuttle.To int to) { return to - from; }",
        "  static Object run() {",
        "    Ranges ranges = new ConcurrentRanges();",
        "    return ranges.count(0, 6) + \" \" + ranges.count(0L, 6L) + \" \" + ranges.count2(0, 6);",
        "  }",
        "}"));
  }

  @Test
  void anOverloadAndAMethodNamedLikeItsNumberedLimiterKeepTheirOwnLimits() throws Exception {
    // get(int) allows one call an hour; get2() its own one: neither may take the other's permit
    assertEquals("get2 refused", run("Api",
        "public class Api {",
        "  @dev.shuttle.RateLimited(1000) public String get(String id) { return id; }",
        "  @dev.shuttle.RateLimited(value = 1, unit = java.util.concurrent.TimeUnit.HOURS,",
        "      onLimit = dev.shuttle.OnLimit.FAIL)",
        "  public String get(int id) { return \"get\" + id; }",
        "  @dev.shuttle.RateLimited(value = 1, unit = java.util.concurrent.TimeUnit.HOURS,",
        "      onLimit = dev.shuttle.OnLimit.FAIL)",
        "  public String get2() { return \"get2\"; }",
        "  static Object run() {",
        "    Api api = new ConcurrentApi();",
        "    api.get(1);",
        "    String first = api.get2();",
        "    try {",
        "      api.get2();",
        "      return first + \" allowed twice\";",
        "    } catch (dev.shuttle.runtime.ratelimit.RateLimitExceededException expected) {",
        "      return first + \" refused\";",
        "    }",
        "  }",
        "}"));
  }

  @Test
  void aClassLimitAndAMethodNamedRateKeepTheirOwnLimits() throws Exception {
    // the class allows one call an hour to its other methods; rate() has a limit of its own
    assertEquals("rate 3 times, other refused", run("Feed",
        "@dev.shuttle.RateLimited(value = 1, unit = java.util.concurrent.TimeUnit.HOURS,",
        "    onLimit = dev.shuttle.OnLimit.FAIL)",
        "public class Feed {",
        "  @dev.shuttle.RateLimited(1000) public int rate() { return 1; }",
        "  public void other() {}",
        "  static Object run() {",
        "    Feed feed = new ConcurrentFeed();",
        "    int rated = feed.rate() + feed.rate() + feed.rate();",
        "    feed.other();",
        "    try {",
        "      feed.other();",
        "      return \"rate \" + rated + \" times, other allowed twice\";",
        "    } catch (dev.shuttle.runtime.ratelimit.RateLimitExceededException expected) {",
        "      return \"rate \" + rated + \" times, other refused\";",
        "    }",
        "  }",
        "}"));
  }

  /** Compiles class {@code name} of package {@code test} (warnings fail it) and calls its static {@code run()}. */
  @Test
  void aCombineMethodNamedLikeTheTasksOwnMethodIsStillTheOneCalled() throws Exception {
    assertEquals("abcd", run("Words",
        "public class Words {",
        "  public String computeDirectly(String left, String right) { return left + right; }",
        "  @dev.shuttle.ForkJoin(threshold = 1, combine = \"computeDirectly\")",
        "  public String letters(@dev.shuttle.From int from, @dev.shuttle.To int to) {",
        "    return String.valueOf((char) ('a' + from));",
        "  }",
        "  static Object run() { return new ConcurrentWords().letters(0, 4); }",
        "}"));
  }

  /**
   * Fuzz seed 1006ea: the task called a primitive combine with the boxed result of {@code join()},
   * which an overload taking {@code Object}s made ambiguous.
   */
  @Test
  void aPrimitiveCombineWithAnOverloadTakingObjectsIsStillTheOneCalled() throws Exception {
    assertEquals(4.0f, run("Widths",
        "public class Widths {",
        "  float total(float left, float right) { return left + right; }",
        "  public Object total(Object left, Object right) { return \"objects\"; }",
        "  @dev.shuttle.ForkJoin(threshold = 1, combine = \"total\")",
        "  public float width(@dev.shuttle.From long from, @dev.shuttle.To long to) { return to - from; }",
        "  static Object run() { return new ConcurrentWidths().width(0, 4); }",
        "}"));
  }

  @Test
  void typeVariablesNamedLikeTheirTaskClassesStayTypeVariables() throws Exception {
    assertEquals("6 4", run("Ranges",
        "public class Ranges<SumTask> {",
        "  @dev.shuttle.ForkJoin(threshold = 1)",
        "  public long sum(@dev.shuttle.From int from, @dev.shuttle.To int to) { return to - from; }",
        "  @dev.shuttle.ForkJoin(threshold = 1)",
        "  public <CountTask> long count(@dev.shuttle.From int from, @dev.shuttle.To int to, CountTask weight) {",
        "    return to - from;",
        "  }",
        "  static Object run() {",
        "    Ranges<String> ranges = new ConcurrentRanges<>();",
        "    return ranges.sum(0, 6) + \" \" + ranges.count(0, 4, \"weight\");",
        "  }",
        "}"));
  }

  @Test
  void aTypeVariableNamedOverrideLeavesTheAnnotationReachable() throws Exception {
    assertEquals("tag", run("Tags",
        "public class Tags {",
        "  @dev.shuttle.RateLimited(value = 100, onLimit = dev.shuttle.OnLimit.FAIL)",
        "  public <Override> Override tag(Override tag) { return tag; }",
        "  static Object run() {",
        "    return new ConcurrentTags().tag(\"tag\");",
        "  }",
        "}"));
  }

  private static Object run(String name, String... lines) throws Exception {
    String[] file = new String[lines.length + 1];
    file[0] = "package test;";
    System.arraycopy(lines, 0, file, 1, lines.length);
    JavaFileObject src = source("test." + name, file);
    Compilation compilation = compile(src);
    assertThat(compilation).succeededWithoutWarnings();
    return new CompiledClasses(compilation).call("test." + name, "run");
  }
}
