package dev.shuttle.processor.actor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.shuttle.processor.CompiledClasses;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The names {@code FooActor} introduces (fields, kind constants, message classes) never clash with
 * a user's parameter, with a runtime member, or with each other: every such class compiles
 * warning-free and each call reaches its own method with its own arguments.
 */
class ActorNamesTest {

  @Test
  void aParameterNamedLikeTheLoopFieldIsPassedOn() throws Exception {
    assertEquals(List.of(7), run("Sender",
        "  private final java.util.List<Integer> sent = new java.util.ArrayList<>();",
        "  public void send(int loop) { sent.add(loop); }",
        "  public java.util.List<Integer> sent() { return sent; }",
        "  static Object run() throws Exception {",
        "    SenderActor actor = SenderActor.spawn(new Sender());",
        "    actor.send(7);",
        "    try { return actor.sent().get(); } finally { actor.stop().get(); }",
        "  }"));
  }

  @Test
  void aParameterNamedLikeItsKindConstantIsTheArgumentNotTheKind() throws Exception {
    assertEquals("first 3, second 40", run("Clock",
        "  public int first(int FIRST) { return FIRST; }",
        "  public int second(int SECOND) { return SECOND * 10; }",
        "  static Object run() throws Exception {",
        "    ClockActor actor = ClockActor.spawn(new Clock());",
        "    try {",
        "      return \"first \" + actor.first(3).get() + \", second \" + actor.second(4).get();",
        "    } finally {",
        "      actor.stop().get();",
        "    }",
        "  }"));
  }

  @Test
  void parametersNamedLikeTheTimeoutsAreArgumentsNotTheTimeouts() {
    Compilation compilation = compile(source("test.Queue",
        "package test;",
        "@dev.shuttle.Actor(mailbox = 4, overflow = dev.shuttle.Overflow.BLOCK)",
        "class Queue {",
        "  public long put(long sendTimeoutNanos) { return sendTimeoutNanos; }",
        "  public long take(long askTimeoutNanos) { return askTimeoutNanos; }",
        "}"));
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.QueueActor").contentsAsUtf8String()
        .contains("return loop.ask(new PutMessage(sendTimeoutNanos), sendTimeoutNanos_, askTimeoutNanos_);");
    assertThat(compilation).generatedSourceFile("test.QueueActor").contentsAsUtf8String()
        .contains("return loop.ask(new TakeMessage(askTimeoutNanos), sendTimeoutNanos_, askTimeoutNanos_);");
  }

  @Test
  void methodsWhoseConstantsFoldTogetherGetTheirOwnMessages() throws Exception {
    assertEquals("fooBar foo_bar put Put x X", run("Inbox",
        "  public String fooBar() { return \"fooBar\"; }",
        "  public String foo_bar() { return \"foo_bar\"; }",
        "  public String put() { return \"put\"; }",
        "  public String Put() { return \"Put\"; }",
        "  public String x() { return \"x\"; }",
        "  public String X() { return \"X\"; }",
        "  static Object run() throws Exception {",
        "    InboxActor actor = InboxActor.spawn(new Inbox());",
        "    try {",
        "      return String.join(\" \", actor.fooBar().get(), actor.foo_bar().get(), actor.put().get(),",
        "          actor.Put().get(), actor.x().get(), actor.X().get());",
        "    } finally {",
        "      actor.stop().get();",
        "    }",
        "  }"));
  }

  @Test
  void anOverloadLadderAndAMethodNamedLikeItsNextRungGetTheirOwnMessages() throws Exception {
    assertEquals("int 1, String a, step2", run("Walker",
        "  public String step(int n) { return \"int \" + n; }",
        "  public String step(String s) { return \"String \" + s; }",
        "  public String step2() { return \"step2\"; }",
        "  static Object run() throws Exception {",
        "    WalkerActor actor = WalkerActor.spawn(new Walker());",
        "    try {",
        "      return actor.step(1).get() + \", \" + actor.step(\"a\").get() + \", \" + actor.step2().get();",
        "    } finally {",
        "      actor.stop().get();",
        "    }",
        "  }"));
  }

  @Test
  void aMethodNamedSettingsKeepsTheSettingsConstantApart() throws Exception {
    assertEquals("dark", run("Panel",
        "  public String settings() { return \"dark\"; }",
        "  static Object run() throws Exception {",
        "    PanelActor actor = PanelActor.spawn(new Panel());",
        "    try { return actor.settings().get(); } finally { actor.stop().get(); }",
        "  }"));
  }

  @Test
  void aKindConstantNeverHidesARuntimeMemberOfTheLoop() throws Exception {
    // ActorCell declares NO_TIMEOUT, which the Loop inherits
    assertEquals("none", run("Timer",
        "  public String noTimeout() { return \"none\"; }",
        "  static Object run() throws Exception {",
        "    TimerActor actor = TimerActor.spawn(new Timer());",
        "    try { return actor.noTimeout().get(); } finally { actor.stop().get(); }",
        "  }"));
  }

  /** Compiles {@code @Actor class name} with {@code body} (warnings fail it) and calls its static {@code run()}. */
  @Test
  void aTypeVariableNamedLikeItsMessageClassStaysTheTypeVariable() throws Exception {
    assertEquals("said", run("Echo",
        "  public <EchoMessage> EchoMessage echo(EchoMessage said) { return said; }",
        "  static Object run() throws Exception {",
        "    EchoActor actor = EchoActor.spawn(new Echo());",
        "    try { return actor.echo(\"said\").get(); } finally { actor.stop().get(); }",
        "  }"));
  }

  /**
   * Fuzz seed 400795: with a member type {@code ActorCell}, an ask's proxy wrote the runtime's
   * {@code ActorCell.NO_TIMEOUT} qualified, and its parameter {@code dev} obscured the package.
   */
  @Test
  void aParameterDevBesideAMemberTypeNamedLikeTheCellIsPassedOn() throws Exception {
    assertEquals(6, run("Quotes",
        "  public int twice(int dev) { return 2 * dev; }",
        "  public static class ActorCell {}",
        "  static Object run() throws Exception {",
        "    QuotesActor actor = QuotesActor.spawn(new Quotes());",
        "    try { return actor.twice(3).get(); } finally { actor.stop().get(); }",
        "  }"));
  }

  private static Object run(String name, String... body) throws Exception {
    String[] lines = new String[body.length + 4];
    lines[0] = "package test;";
    lines[1] = "@dev.shuttle.Actor";
    lines[2] = "class " + name + " {";
    System.arraycopy(body, 0, lines, 3, body.length);
    lines[lines.length - 1] = "}";
    JavaFileObject src = source("test." + name, lines);
    return new CompiledClasses(compile(src)).call("test." + name, "run");
  }
}
