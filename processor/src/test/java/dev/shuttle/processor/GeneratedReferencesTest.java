package dev.shuttle.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A user type may mention the types Shuttle generates in the same round, its own and others', in
 * any direction: they are spelled as the types that will exist, not deferred forever. A type whose
 * generated file cannot be written takes along the files that would name it; two types that would
 * generate one name get an error each; a type that never resolves gets no file.
 */
class GeneratedReferencesTest {

  /**
   * Fuzz seed 10a: javac's {@code getAllMembers} keeps only one of two overloads whose signatures
   * name a type not generated yet, and it dropped the {@code @ForkJoin} one: no file, no error.
   */
  @Test
  void anOverloadNamingTheOwnGeneratedTypeDoesNotHideItsMarkedSibling() {
    JavaFileObject src = source("test.Engine", "package test;",
        "import dev.shuttle.*;",
        "class Engine {",
        "  protected ConcurrentEngine invoke(ConcurrentEngine left, ConcurrentEngine message) { return null; }",
        "  @ForkJoin(threshold = 2, combine = \"invoke\")",
        "  public ConcurrentEngine invoke(@From int start, @To int end) { return null; }",
        "}");
    Compilation compilation = compile(src);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ConcurrentEngine").contentsAsUtf8String()
        .contains("public ConcurrentEngine invoke(int start, int end)");
  }

  /**
   * Fuzz seed 100292: the same javac behaviour hid a generic overload from the names the actor's
   * classes are allocated against, so its message class took the name of its type variable.
   */
  @Test
  void anOverloadNamingTheOwnGeneratedTypeDoesNotHideItsSiblingsTypeVariable() throws Exception {
    Compilation compilation = compile(source("test.Parties", "package test;",
        "@dev.shuttle.Actor",
        "public class Parties {",
        "  public <ConvertMessage> ConvertMessage convert(ConvertMessage stamp) { return stamp; }",
        "  public void convert(PartiesActor middle) {}",
        "  static Object run() throws Exception {",
        "    PartiesActor parties = PartiesActor.spawn(new Parties());",
        "    try { return parties.convert(\"stamped\").get(); } finally { parties.stop().get(); }",
        "  }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("stamped", new CompiledClasses(compilation).call("test.Parties", "run"));
  }

  /**
   * Fuzz seed 1400c17: the same javac behaviour hid the overloads of a stage taking a {@code long},
   * so its worker passed the boxed item as it was, and {@code size(Object)} was the one called.
   */
  @Test
  void anOverloadNamingTheOwnGeneratedTypeDoesNotHideThePrimitiveStagesSiblings() {
    Compilation compilation = compile(source("test.Sizes", "package test;",
        "import dev.shuttle.*;",
        "@Pipeline",
        "public class Sizes {",
        "  @Stage public long size(Object item) { return 1L; }",
        "  @Stage public SizesPipeline size(long count) { return null; }",
        "  @Stage public void size(SizesPipeline next) {}",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.SizesPipeline").contentsAsUtf8String()
        .contains("target.size((long) item)");
  }

  /**
   * Fuzz seed 4bd: a race for a future of an actor type not generated yet took its sources, which
   * return that future, for stages of it (javac calls such a type assignable to anything), and the
   * generated race did not compile.
   */
  @Test
  void aRaceForAFutureOfAGeneratedTypeTakesSourcesThatReturnThatFuture() {
    Compilation compilation = compile(
        source("test.Ranges", "package test;",
            "import dev.shuttle.*;",
            "import java.util.concurrent.*;",
            "public abstract class Ranges {",
            "  public CompletableFuture<MemberActor> carry(MemberActor member) { return null; }",
            "  CompletableFuture<MemberActor> update(MemberActor member) { return null; }",
            "  @Race({\"carry\", \"update\"})",
            "  abstract CompletionStage<CompletableFuture<MemberActor>> first(MemberActor member);",
            "}"),
        source("test.Member", "package test;",
            "@dev.shuttle.Actor",
            "public class Member {",
            "  public int size() { return 0; }",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ConcurrentRanges").contentsAsUtf8String()
        .contains(".value(() -> carry(member))");
  }

  @Test
  void anActorThatKnowsItsOwnGeneratedTypeRuns() throws Exception {
    Compilation compilation = compile(source("test.Relay", "package test;",
        "import java.util.concurrent.CompletableFuture;",
        "@dev.shuttle.Actor",
        "public class Relay {",
        "  private int seen;",
        "  public CompletableFuture<Integer> pass(RelayActor next, int hops) {",
        "    seen++;",
        "    return hops == 0 ? CompletableFuture.completedFuture(seen) : next.pass(null, hops - 1);",
        "  }",
        "  public RelayActor[] none() { return new RelayActor[0]; }",
        "  static Object run() throws Exception {",
        "    RelayActor second = RelayActor.spawn(new Relay());",
        "    return RelayActor.spawn(new Relay()).pass(second, 1).get() + \" \" + second.none().get().length;",
        "  }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("1 0", new CompiledClasses(compilation).call("test.Relay", "run"));
  }

  @Test
  void actorsInTwoPackagesThatKnowEachOtherCompile() {
    JavaFileObject room = source("rooms.Room", "package rooms;",
        "import java.util.List;",
        "import members.MemberActor;",
        "@dev.shuttle.Actor",
        "public class Room {",
        "  public void join(MemberActor member) {}",
        "  public List<? extends members.MemberActor> members() { return List.of(); }",
        "}");
    JavaFileObject member = source("members.Member", "package members;",
        "@dev.shuttle.Actor",
        "public class Member {",
        "  public void enter(rooms.RoomActor room) {}",
        "}");
    Compilation compilation = compile(room, member);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("rooms.RoomActor").contentsAsUtf8String()
        .contains("public void join(MemberActor member)");
    assertThat(compilation).generatedSourceFile("members.MemberActor").contentsAsUtf8String()
        .contains("public void enter(RoomActor room)");
  }

  @Test
  void everyPatternMayMentionGeneratedTypes() {
    Compilation compilation = compile(
        source("test.Cache", "package test;",
            "import dev.shuttle.*;",
            "import java.util.concurrent.CompletableFuture;",
            "import java.util.Optional;",
            "@ReadMostly",
            "public abstract class Cache {",
            "  public Cache(ConcurrentCache copyOf) {}",
            "  @Read public ConcurrentCache self(StepsPipeline pipeline) { return null; }",
            "  @RateLimited(10) public void limited(CachedActor... actors) {}",
            "  @Async public CompletableFuture<ConcurrentCache> later() { return null; }",
            "  @Race({\"a\", \"b\"}) public abstract CompletableFuture<CachedActor> first();",
            "  CachedActor a() { return null; }",
            "  CachedActor b() { return null; }",
            "  @ForkJoin(threshold = 10) public long sum(@From int from, @To int to, CachedActor peer) { return 0; }",
            "}"),
        source("test.Cached", "package test;",
            "@dev.shuttle.Actor",
            "public class Cached {",
            "  public ConcurrentCache cache(TurnsPhases phases) { return null; }",
            "}"),
        source("test.Steps", "package test;",
            "import dev.shuttle.*;",
            "import java.util.Optional;",
            "@Pipeline",
            "public class Steps {",
            "  @Stage public Optional<CachedActor> find(String key) { return Optional.empty(); }",
            "  @Stage public void use(CachedActor actor) {}",
            "}"),
        source("test.Turns", "package test;",
            "import dev.shuttle.*;",
            "@Phased(parties = 2)",
            "public class Turns {",
            "  TurnsPhases self;",
            "  @Phase(1) void step(int party) {}",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aStageTakingAnotherGeneratedTypeThanThePreviousPassesIsRefused() {
    JavaFileObject steps = source("test.Steps", "package test;",
        "import dev.shuttle.*;",
        "@Pipeline",
        "public class Steps {",
        "  @Stage public StepsPipeline find(String key) { return null; }",
        "  @Stage public void use(ConcurrentSteps steps) {}",
        "  @RateLimited(5) public void limited() {}",
        "}");
    Compilation compilation = Compilations.compileAllowingWarnings(steps);
    assertThat(compilation).hadErrorContaining("use(ConcurrentSteps)").inFile(steps).onLineContaining("use(");
  }

  @Test
  void aTypeWhoseGeneratedFileFailsTakesTheFilesThatNameItAlong() {
    JavaFileObject broken = source("test.Broken", "package test;",
        "@dev.shuttle.Actor(mailbox = -1)",
        "public class Broken {",
        "  public void call() {}",
        "}");
    JavaFileObject user = source("test.User", "package test;",
        "@dev.shuttle.Actor",
        "public class User {",
        "  public void use(BrokenActor broken) {}",
        "}");
    Compilation compilation = Compilations.compileAllowingWarnings(broken, user);
    assertThat(compilation).hadErrorContaining("mailbox").inFile(broken);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(user).onLineContaining("BrokenActor");
    assertThat(compilation).hadErrorCount(2);
    assertEquals(List.of(), Compilations.generatedSourceNames(broken, user));
  }

  @Test
  void aTypeThatNeverResolvesGetsNoFile() {
    JavaFileObject src = source("test.Lonely", "package test;",
        "import java.util.List;",
        "@dev.shuttle.ReadMostly",
        "public class Lonely {",
        "  @dev.shuttle.Read public Missing<String> names(List<Gone> gone) { return null; }",
        "}");
    Compilation compilation = Compilations.compileAllowingWarnings(src);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(src).onLineContaining("Missing<String>");
    assertThat(compilation).hadErrorCount(2); // Missing and Gone, from javac: nothing from Shuttle, no broken file
    assertEquals(List.of(), Compilations.generatedSourceNames(src));
  }

  @Test
  void twoTypesThatGenerateOneNameGetAnErrorEach() {
    JavaFileObject outer = source("test.Outer", "package test;",
        "public class Outer {",
        "  @dev.shuttle.Actor public static class Foo { public void call() {} }",
        "}");
    JavaFileObject flat = source("test.Outer_Foo", "package test;",
        "@dev.shuttle.Actor public class Outer_Foo { public void call() {} }");
    Compilation compilation = Compilations.compileAllowingWarnings(outer, flat);
    assertThat(compilation).hadErrorContaining("Outer.Foo would generate test.Outer_FooActor, and so would Outer_Foo")
        .inFile(outer).onLineContaining("class Foo");
    assertThat(compilation).hadErrorContaining("Outer_Foo would generate test.Outer_FooActor, and so would Outer.Foo")
        .inFile(flat).onLineContaining("class Outer_Foo");
    assertThat(compilation).hadErrorCount(2);
    assertEquals(List.of(), Compilations.generatedSourceNames(outer, flat));
  }
}
