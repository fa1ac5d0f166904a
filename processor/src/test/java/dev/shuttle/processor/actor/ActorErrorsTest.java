package dev.shuttle.processor.actor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.compileAllowingWarnings;
import static dev.shuttle.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per documented {@code @Actor} error, each pinned to the line the user must fix. */
class ActorErrorsTest {

  @Test
  void onInterface() {
    JavaFileObject src = source("test.Greeter",
        "package test;",
        "@dev.shuttle.Actor",
        "public interface Greeter { void greet(); }");
    Compilation compilation = compile(src);
    assertThat(compilation).hadErrorContaining("@Actor must be on a class, but Greeter is an interface")
        .inFile(src).onLineContaining("@dev.shuttle.Actor");
  }

  @Test
  void onEnum() {
    JavaFileObject src = source("test.Color",
        "package test;",
        "@dev.shuttle.Actor",
        "public enum Color { RED }");
    assertThat(compile(src)).hadErrorContaining("but Color is an enum").inFile(src).onLineContaining("@dev.shuttle.Actor");
  }

  @Test
  void onRecord() {
    JavaFileObject src = source("test.Point",
        "package test;",
        "@dev.shuttle.Actor",
        "public record Point(int x) {}");
    assertThat(compile(src)).hadErrorContaining("but Point is a record").inFile(src).onLineContaining("@dev.shuttle.Actor");
  }

  @Test
  void onAnnotationType() {
    JavaFileObject src = source("test.Marker",
        "package test;",
        "@dev.shuttle.Actor",
        "public @interface Marker {}");
    assertThat(compile(src)).hadErrorContaining("but Marker is an annotation type")
        .inFile(src).onLineContaining("@dev.shuttle.Actor");
  }

  @Test
  void onPrivateClass() {
    JavaFileObject src = source("test.Outer",
        "package test;",
        "public class Outer {",
        "  @dev.shuttle.Actor",
        "  private static class Hidden { public void ping() {} }",
        "}");
    assertThat(compile(src)).hadErrorContaining("@Actor class Hidden is private")
        .inFile(src).onLineContaining("@dev.shuttle.Actor");
  }

  @Test
  void onGenericClass() {
    JavaFileObject src = source("test.Box",
        "package test;",
        "@dev.shuttle.Actor",
        "public class Box<T> { public void put(T t) {} }");
    assertThat(compile(src)).hadErrorContaining("@Actor class Box is generic")
        .inFile(src).onLineContaining("@dev.shuttle.Actor");
  }

  @Test
  void methodClashingWithGeneratedApi() {
    JavaFileObject src = source("test.Engine",
        "package test;",
        "@dev.shuttle.Actor",
        "public class Engine {",
        "  public void start() {}",
        "  public void stop() {}",
        "}");
    assertThat(compile(src))
        .hadErrorContaining("Public method stop() of @Actor class Engine clashes with EngineActor.stop(), "
            + "which Shuttle generates to stop the actor. Rename the method or make it non-public.")
        .inFile(src).onLineContaining("public void stop()");
  }

  @Test
  void aMethodNamedSelfClashesWithTheGeneratedSelf() {
    JavaFileObject src = source("test.Node",
        "package test;",
        "@dev.shuttle.Actor",
        "public class Node {",
        "  public Node self() { return this; }",
        "}");
    assertThat(compile(src))
        .hadErrorContaining("Public method self() of @Actor class Node clashes with NodeActor.self(), "
            + "which Shuttle generates to reach the actor from its own methods.")
        .inFile(src).onLineContaining("public Node self()");
  }

  @Test
  void inheritedMethodClashingWithGeneratedApi() {
    JavaFileObject base = source("test.Base",
        "package test;",
        "public class Base { public long mailboxSize() { return 0; } }");
    JavaFileObject src = source("test.Derived",
        "package test;",
        "@dev.shuttle.Actor",
        "public class Derived extends Base { public void work() {} }");
    assertThat(compile(base, src)).hadErrorContaining("Public method mailboxSize() of @Actor class Derived clashes")
        .inFile(src).onLineContaining("@dev.shuttle.Actor");
  }

  @Test
  void mailboxAboveTheRuntimesLimit() {
    JavaFileObject src = source("test.Inbox",
        "package test;",
        "@dev.shuttle.Actor(mailbox = Integer.MAX_VALUE)",
        "public class Inbox { public void send(String text) {} }");
    assertThat(compile(src)).hadErrorContaining("@Actor(mailbox = 2147483647): the mailbox capacity must be at most "
            + "Actor.MAX_MAILBOX (1073741824) messages. Use a smaller capacity, or leave mailbox out")
        .inFile(src).onLineContaining("mailbox = Integer.MAX_VALUE");
  }

  @Test
  void mailboxAtTheRuntimesLimit() {
    JavaFileObject src = source("test.Inbox",
        "package test;",
        "@dev.shuttle.Actor(mailbox = dev.shuttle.Actor.MAX_MAILBOX)",
        "public class Inbox { public void send(String text) {} }");
    assertThat(compile(src)).succeededWithoutWarnings();
  }

  @Test
  void everyProblemOfATypeIsReported() {
    JavaFileObject src = source("test.Outer",
        "package test;",
        "public class Outer {",
        "  @dev.shuttle.Actor(mailbox = -1, throughput = -1)",
        "  private static class Broken<T> {",
        "    public void stop() {}",
        "  }",
        "}");
    Compilation compilation = compile(src);
    assertThat(compilation).hadErrorContaining("is private");
    assertThat(compilation).hadErrorContaining("is generic");
    assertThat(compilation).hadErrorContaining("the mailbox capacity must be 0 (unbounded) or a positive number");
    assertThat(compilation).hadErrorContaining("messages per turn must be 0");
    assertThat(compilation).hadErrorContaining("Public method stop()");
    assertThat(compilation).hadErrorCount(5);
  }

  @Test
  void generatedNameAlreadyTaken() {
    JavaFileObject taken = source("test.PrinterActor",
        "package test;",
        "public class PrinterActor {}");
    JavaFileObject src = source("test.Printer",
        "package test;",
        "@dev.shuttle.Actor",
        "public class Printer { public void print(String s) {} }");
    assertThat(compile(taken, src))
        .hadErrorContaining("@Actor class Printer would generate PrinterActor, but a type named PrinterActor already exists")
        .inFile(src).onLineContaining("@dev.shuttle.Actor");
  }

  @Test
  void negativeMailbox() {
    JavaFileObject src = source("test.Queue",
        "package test;",
        "@dev.shuttle.Actor(",
        "    mailbox = -3)",
        "public class Queue { public void put(String s) {} }");
    assertThat(compile(src)).hadErrorContaining("@Actor(mailbox = -3): the mailbox capacity must be 0")
        .inFile(src).onLineContaining("mailbox = -3");
  }

  @Test
  void negativeThroughput() {
    JavaFileObject src = source("test.Queue",
        "package test;",
        "@dev.shuttle.Actor(",
        "    throughput = -1)",
        "public class Queue { public void put(String s) {} }");
    assertThat(compile(src)).hadErrorContaining("@Actor(throughput = -1): messages per turn must be 0")
        .inFile(src).onLineContaining("throughput = -1");
  }

  @Test
  void noPublicMethodIsAWarning() {
    JavaFileObject src = source("test.Silent",
        "package test;",
        "@dev.shuttle.Actor",
        "public class Silent { void hidden() {} }");
    Compilation compilation = compileAllowingWarnings(src);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("@Actor class Silent has no public instance method")
        .inFile(src).onLineContaining("@dev.shuttle.Actor");
  }

  @Test
  void overflowWithoutBoundIsAWarning() {
    JavaFileObject src = source("test.Loose",
        "package test;",
        "@dev.shuttle.Actor(overflow = dev.shuttle.Overflow.REJECT)",
        "public class Loose { public void put(String s) {} }");
    Compilation compilation = compileAllowingWarnings(src);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("@Actor(overflow = ...) has no effect with an unbounded mailbox")
        .inFile(src).onLineContaining("@dev.shuttle.Actor");
  }

  @Test
  void onFailureWithWrongSignature() {
    JavaFileObject src = source("test.Worker",
        "package test;",
        "@dev.shuttle.Actor",
        "public class Worker {",
        "  public void work() {}",
        "  @dev.shuttle.OnFailure void failed(String why) {}",
        "}");
    assertThat(compile(src))
        .hadErrorContaining("@OnFailure method Worker.failed(String) must be a non-private instance method "
            + "that takes one Throwable and returns void")
        .inFile(src).onLineContaining("void failed(String why)");
  }

  @Test
  void onFailureTwice() {
    JavaFileObject src = source("test.Worker",
        "package test;",
        "@dev.shuttle.Actor",
        "public class Worker {",
        "  public void work() {}",
        "  @dev.shuttle.OnFailure void first(Throwable t) {}",
        "  @dev.shuttle.OnFailure void second(Throwable t) {}",
        "}");
    assertThat(compile(src)).hadErrorContaining("has more than one @OnFailure method")
        .inFile(src).onLineContaining("void second(Throwable t)");
  }

  @Test
  void onFailureOutsideActor() {
    JavaFileObject src = source("test.Plain",
        "package test;",
        "public class Plain {",
        "  @dev.shuttle.OnFailure void failed(Throwable t) {}",
        "}");
    assertThat(compile(src)).hadErrorContaining("@OnFailure method Plain.failed(Throwable) is in Plain, which is not an @Actor")
        .inFile(src).onLineContaining("void failed(Throwable t)");
  }
}
