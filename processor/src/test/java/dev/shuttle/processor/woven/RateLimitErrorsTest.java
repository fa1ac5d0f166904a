package dev.shuttle.processor.woven;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per documented {@code @RateLimited} error, each pinned to the line the user must fix. */
class RateLimitErrorsTest {

  private static JavaFileObject client(String... body) {
    String[] lines = new String[body.length + 4];
    lines[0] = "package test;";
    lines[1] = "import dev.shuttle.*;";
    lines[2] = "public class Client {";
    System.arraycopy(body, 0, lines, 3, body.length);
    lines[lines.length - 1] = "}";
    return source("test.Client", lines);
  }

  @Test
  void valueMustBePositive() {
    JavaFileObject src = client("  @RateLimited(0) public void call() {}");
    assertThat(compile(src)).hadErrorContaining("@RateLimited(value = 0): value must be positive (permits per period)")
        .inFile(src).onLineContaining("@RateLimited(0)");
  }

  @Test
  void periodMustBePositive() {
    JavaFileObject src = client(
        "  @RateLimited(value = 10,",
        "      period = -2)",
        "  public void call() {}");
    assertThat(compile(src)).hadErrorContaining("@RateLimited(period = -2): period must be positive")
        .inFile(src).onLineContaining("period = -2");
  }

  @Test
  void aBucketThatTakesMoreThan18YearsToRefill() {
    JavaFileObject src = client(
        "  @RateLimited(value = 1, period = 19 * 365,",
        "      unit = java.util.concurrent.TimeUnit.DAYS)",
        "  public void call() {}");
    assertThat(compile(src)).hadErrorContaining("@RateLimited(value = 1, period = 6935, unit = DAYS): a full bucket of 1 "
            + "permits would take more than RateLimited.MAX_REFILL_NANOS (2^59 ns, about 18 years) to refill.")
        .inFile(src).onLineContaining("@RateLimited(value = 1, period = 19 * 365,");
  }

  @Test
  void aBurstThatTakesMoreThan18YearsToRefill() {
    JavaFileObject src = client(
        "  @RateLimited(value = 10, unit = java.util.concurrent.TimeUnit.DAYS,",
        "      burst = 70_000)",
        "  public void call() {}");
    assertThat(compile(src)).hadErrorContaining("a full bucket of 70000 permits would take more than")
        .inFile(src).onLineContaining("@RateLimited(value = 10, unit");
  }

  @Test
  void aBucketThatRefillsInExactlyTheLimitCompiles() {
    JavaFileObject src = client(
        "  @RateLimited(value = 2, period = RateLimited.MAX_REFILL_NANOS, burst = 2,",
        "      unit = java.util.concurrent.TimeUnit.NANOSECONDS)",
        "  public void call() {}");
    assertThat(compile(src)).succeededWithoutWarnings();
  }

  @Test
  void burstMustHoldAPermit() {
    JavaFileObject src = client(
        "  @RateLimited(value = 10,",
        "      burst = -1)",
        "  public void call() {}");
    assertThat(compile(src)).hadErrorContaining("@RateLimited(burst = -1): the bucket must hold at least 1 permit")
        .inFile(src).onLineContaining("burst = -1");
  }

  @Test
  void maxWaitWithFailMakesNoSense() {
    JavaFileObject src = client(
        "  @RateLimited(value = 10, onLimit = OnLimit.FAIL,",
        "      maxWait = 100)",
        "  public void call() {}");
    assertThat(compile(src)).hadErrorContaining("@RateLimited(maxWait = ...) has no meaning with onLimit = FAIL")
        .inFile(src).onLineContaining("maxWait = 100");
  }

  @Test
  void onPrivateMethod() {
    JavaFileObject src = client("  @RateLimited(10) private void call() {}");
    assertThat(compile(src)).hadErrorContaining(
            "@RateLimited method Client.call() is private, so the generated ConcurrentClient cannot override it")
        .inFile(src).onLineContaining("private void call()");
  }

  @Test
  void onStaticMethod() {
    JavaFileObject src = client("  @RateLimited(10) public static void call() {}");
    assertThat(compile(src)).hadErrorContaining("@RateLimited method Client.call() is static")
        .inFile(src).onLineContaining("static void call()");
  }

  @Test
  void onFinalMethod() {
    JavaFileObject src = client("  @RateLimited(10) public final void call() {}");
    assertThat(compile(src)).hadErrorContaining("@RateLimited method Client.call() is final")
        .inFile(src).onLineContaining("final void call()");
  }

  @Test
  void onFinalClass() {
    JavaFileObject src = source("test.Sealed",
        "package test;",
        "public final class Sealed {",
        "  @dev.shuttle.RateLimited(10) public void call() {}",
        "}");
    assertThat(compile(src)).hadErrorContaining(
            "@RateLimited class Sealed must not be final: the generated ConcurrentSealed extends it. Remove 'final'.")
        .inFile(src).onLineContaining("final class Sealed");
  }

  @Test
  void onClassWithOnlyPrivateConstructors() {
    JavaFileObject src = source("test.Singleton",
        "package test;",
        "public class Singleton {",
        "  private Singleton() {}",
        "  @dev.shuttle.RateLimited(10) public void call() {}",
        "}");
    assertThat(compile(src)).hadErrorContaining("@RateLimited class Singleton has no non-private constructor")
        .inFile(src).onLineContaining("class Singleton");
  }

  @Test
  void twoKeys() {
    JavaFileObject src = client(
        "  @RateLimited(10)",
        "  public void call(@RateLimited.Key String user,",
        "      @RateLimited.Key String tenant) {}");
    assertThat(compile(src)).hadErrorContaining("Method Client.call(String, String) has more than one @RateLimited.Key")
        .inFile(src).onLineContaining("String tenant");
  }

  @Test
  void keyOutsideARateLimitedMethod() {
    JavaFileObject src = client("  public void call(@RateLimited.Key String user) {}");
    assertThat(compile(src)).hadErrorContaining(
            "@RateLimited.Key on a parameter of Client.call(String), which is not rate limited")
        .inFile(src).onLineContaining("@RateLimited.Key String user");
  }

  @Test
  void keyOnAPrivateMethodOfAClassLevelLimit() {
    JavaFileObject src = classLimited("  private void call(@RateLimited.Key String user) {}");
    assertThat(compile(src)).hadErrorContaining("@RateLimited.Key on a parameter of Client.call(String), which is "
            + "private, so the @RateLimited on class Client does not limit it: a class's limit applies to its public "
            + "instance methods. Make it a public instance method, or remove @RateLimited.Key: the generated subclass "
            + "cannot override a private method to limit it.")
        .inFile(src).onLineContaining("@RateLimited.Key String user");
  }

  @Test
  void keyOnAStaticMethodOfAClassLevelLimit() {
    JavaFileObject src = classLimited("  public static void call(@RateLimited.Key String user) {}");
    assertThat(compile(src)).hadErrorContaining("Client.call(String), which is static, so the @RateLimited on class "
            + "Client does not limit it")
        .inFile(src).onLineContaining("@RateLimited.Key String user");
  }

  @Test
  void keyOnAPackagePrivateMethodOfAClassLevelLimit() {
    JavaFileObject src = classLimited("  void call(@RateLimited.Key String user) {}");
    assertThat(compile(src)).hadErrorContaining("Client.call(String), which is package-private, so the @RateLimited "
            + "on class Client does not limit it: a class's limit applies to its public instance methods. Make it "
            + "public, or put @RateLimited on the method itself, or remove @RateLimited.Key.")
        .inFile(src).onLineContaining("@RateLimited.Key String user");
  }

  @Test
  void keyOnAProtectedMethodOfAClassLevelLimit() {
    JavaFileObject src = classLimited("  protected void call(@RateLimited.Key String user) {}");
    assertThat(compile(src)).hadErrorContaining("Client.call(String), which is protected, so the @RateLimited")
        .inFile(src).onLineContaining("@RateLimited.Key String user");
  }

  @Test
  void keyOnANonPublicMethodWithItsOwnLimitCompiles() {
    JavaFileObject src = classLimited("  @RateLimited(5) void call(@RateLimited.Key String user) {}");
    assertThat(compile(src)).succeededWithoutWarnings();
  }

  private static JavaFileObject classLimited(String method) {
    return source("test.Client",
        "package test;",
        "import dev.shuttle.*;",
        "@RateLimited(10)",
        "public class Client {",
        "  public void other() {}",
        method,
        "}");
  }

  @Test
  void inheritedMethodThatCannotBeOverridden() {
    JavaFileObject base = source("test.Base",
        "package test;",
        "public class Base { public final void ping() {} }");
    JavaFileObject src = source("test.Api",
        "package test;",
        "@dev.shuttle.RateLimited(10)",
        "public class Api extends Base { public void call() {} }");
    assertThat(compile(base, src)).hadErrorContaining(
            "@RateLimited on class Api applies to every public method, but Base.ping() is final")
        .inFile(src).onLineContaining("@dev.shuttle.RateLimited(10)");
  }

  @Test
  void everyProblemIsReported() {
    JavaFileObject src = source("test.Broken",
        "package test;",
        "import dev.shuttle.*;",
        "public final class Broken {",
        "  @RateLimited(value = -1, period = 0) public void a() {}",
        "  @RateLimited(5) private void b() {}",
        "  public void c(@RateLimited.Key String k) {}",
        "}");
    Compilation compilation = compile(src);
    assertThat(compilation).hadErrorContaining("must not be final");
    assertThat(compilation).hadErrorContaining("value must be positive");
    assertThat(compilation).hadErrorContaining("period must be positive");
    assertThat(compilation).hadErrorContaining("Broken.b() is private");
    assertThat(compilation).hadErrorContaining("which is not rate limited");
    assertThat(compilation).hadErrorCount(5);
  }
}
