package dev.shuttle.processor.woven;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;

import com.google.common.truth.StringSubject;
import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @RateLimited.Cost}: the parameter that says how many permits a call costs. */
class RateLimitCostTest {

  private static JavaFileObject client(String... body) {
    String[] lines = new String[body.length + 5];
    lines[0] = "package test;";
    lines[1] = "import dev.shuttle.*;";
    lines[2] = "import java.util.concurrent.CompletableFuture;";
    lines[3] = "public class Client {";
    System.arraycopy(body, 0, lines, 4, body.length);
    lines[lines.length - 1] = "}";
    return source("test.Client", lines);
  }

  private static StringSubject generated(JavaFileObject src) {
    Compilation compilation = compile(src);
    assertThat(compilation).succeededWithoutWarnings();
    return assertThat(compilation).generatedSourceFile("test.ConcurrentClient").contentsAsUtf8String();
  }

  @Test
  void eachGuardTakesTheCostsPermits() {
    StringSubject code = generated(client(
        "  @RateLimited(1000) public void upload(byte[] data, @RateLimited.Cost int bytes) {}",
        "  @RateLimited(value = 1000, maxWait = 50) public void send(@RateLimited.Cost int bytes) {}",
        "  @RateLimited(value = 1000, onLimit = OnLimit.FAIL) public void post(@RateLimited.Cost int n) {}",
        "  @RateLimited(1000) public CompletableFuture<String> fetch(@RateLimited.Cost int n) {",
        "    return CompletableFuture.completedFuture(\"x\");",
        "  }"));
    code.contains("uploadLimiter.acquire(bytes);");
    code.contains("sendLimiter.acquire(bytes, sendMaxWaitNanos, TimeUnit.NANOSECONDS);");
    code.contains("postLimiter.tryAcquireOrFail(n);");
    code.contains("fetchLimiter.whenPermitted(n, ");
    code.contains("A call costs {@code bytes} permits.");
  }

  @Test
  void aClassLimitTakesTheCostOfEachMethodThatHasOne() {
    StringSubject code = generated(source("test.Client",
        "package test;",
        "import dev.shuttle.*;",
        "@RateLimited(1000)",
        "public class Client {",
        "  public void upload(@RateLimited.Cost int bytes) {}",
        "  public void ping() {}",
        "}"));
    code.contains("rateLimiter.acquire(bytes);");
    code.contains("rateLimiter.acquire();");
  }

  @Test
  void twoCosts() {
    JavaFileObject src = client(
        "  @RateLimited(10)",
        "  public void call(@RateLimited.Cost int a,",
        "      @RateLimited.Cost int b) {}");
    assertThat(compile(src)).hadErrorContaining("Method Client.call(int, int) has more than one @RateLimited.Cost")
        .inFile(src).onLineContaining("int b");
  }

  @Test
  void aCostThatIsNotAnInt() {
    JavaFileObject src = client("  @RateLimited(10) public void call(@RateLimited.Cost long bytes) {}");
    assertThat(compile(src)).hadErrorContaining(
            "@RateLimited.Cost on a parameter of Client.call(long) of type long: a cost is a number of permits, an int")
        .inFile(src).onLineContaining("long bytes");
  }

  @Test
  void aCostOutsideARateLimitedMethod() {
    JavaFileObject src = client("  public void call(@RateLimited.Cost int bytes) {}");
    assertThat(compile(src)).hadErrorContaining(
            "@RateLimited.Cost on a parameter of Client.call(int), which is not rate limited")
        .inFile(src).onLineContaining("int bytes");
  }

  @Test
  void aCostOnAMessageOfAnActorWhoseLimitWaits() {
    JavaFileObject src = source("test.Account",
        "package test;",
        "import dev.shuttle.*;",
        "@Actor",
        "public class Account {",
        "  @RateLimited(10) public void deposit(@RateLimited.Cost int amount) {}",
        "}");
    assertThat(compile(src)).hadErrorContaining("a message of an @Actor class whose rate limit waits")
        .inFile(src).onLineContaining("int amount");
  }
}
