package dev.shuttle.processor.actor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.shuttle.processor.CompiledClasses;
import org.junit.jupiter.api.Test;

/** {@code FooActor.withAskTimeout}: a view whose asks give up on a late reply, while the actor still handles them. */
class AskTimeoutViewTest {

  @Test
  void aLateReplyTimesOutTheCallerAndTheMessageIsStillHandled() throws Exception {
    Compilation compilation = compile(source("test.Slow", "package test;",
        "import dev.shuttle.*;",
        "import java.time.Duration;",
        "import java.util.concurrent.*;",
        "@Actor",
        "public class Slow {",
        "  final CountDownLatch gate = new CountDownLatch(1);",
        "  int answered;",
        "  public int answer() throws InterruptedException {",
        "    gate.await(30, TimeUnit.SECONDS);",
        "    return ++answered;",
        "  }",
        "  static Object run() throws Exception {",
        "    Slow slow = new Slow();",
        "    SlowActor actor = SlowActor.spawn(slow);",
        "    CompletableFuture<Integer> late = actor.withAskTimeout(Duration.ofMillis(20)).answer();",
        "    String timedOut;",
        "    try {",
        "      late.get(30, TimeUnit.SECONDS);",
        "      timedOut = \"no timeout\";",
        "    } catch (ExecutionException e) {",
        "      timedOut = e.getCause().getClass().getSimpleName();",
        "    }",
        "    slow.gate.countDown();",
        "    int second = actor.answer().get(30, TimeUnit.SECONDS);", // the first was handled before it
        "    String refused;",
        "    try {",
        "      actor.withAskTimeout(Duration.ZERO);",
        "      refused = \"accepted\";",
        "    } catch (IllegalArgumentException e) {",
        "      refused = e.getMessage();",
        "    }",
        "    actor.stop().get(30, TimeUnit.SECONDS);",
        "    return timedOut + \" \" + second + \" \" + refused;",
        "  }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("TimeoutException 2 timeout must be positive: PT0S",
        new CompiledClasses(compilation).call("test.Slow", "run"));
  }
}
