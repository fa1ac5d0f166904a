package dev.shuttle.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JavadocFormatterTest {

  @Test
  void fillsAParagraphToOneHundredColumnsCountingTheIndent() {
    String source = String.join("\n",
        "class A {",
        "    /**",
        "     * Rate limited: 10 permits per second, burst 10 (the bucket named \"search\", shared by everyone using",
        "     * that name, one per {@code user});",
        "     * over the limit it waits for a permit.",
        "     */",
        "    void search() {",
        "    }",
        "}");

    assertEquals(String.join("\n",
        "class A {",
        "    /**",
        "     * Rate limited: 10 permits per second, burst 10 (the bucket named \"search\", shared by everyone",
        "     * using that name, one per {@code user}); over the limit it waits for a permit.",
        "     */",
        "    void search() {",
        "    }",
        "}"), JavadocFormatter.format(source));
  }

  @Test
  void keepsParagraphsAndInlineTagsWholeAndIndentsBlockTagContinuations() {
    String source = String.join("\n",
        "/**",
        " * Stops accepting messages. Idempotent.",
        " * @return completes once the last accepted message has been handled, which is after every message that",
        " *     was accepted before {@code stop()} was called",
        " *",
        " * <p>Runs on pool {@code \"golden.Thumbnailer\"} (IO_BOUND, cores * (1 + 9.0) threads, queue of 10000,",
        " * callers wait when full) {@code a very long inline tag that must not be split at its spaces}.",
        " */",
        "final class A {}");

    assertEquals(String.join("\n",
        "/**",
        " * Stops accepting messages. Idempotent.",
        " *",
        " * @return completes once the last accepted message has been handled, which is after every message",
        " *     that was accepted before {@code stop()} was called",
        " *",
        " * <p>Runs on pool {@code \"golden.Thumbnailer\"} (IO_BOUND, cores * (1 + 9.0) threads, queue of",
        " * 10000, callers wait when full)",
        " * {@code a very long inline tag that must not be split at its spaces}.",
        " */",
        "final class A {}"), JavadocFormatter.format(source));
  }

  @Test
  void leavesCodeAndPreformattedTextAlone() {
    String source = String.join("\n",
        "/**",
        " * Example:",
        " * <pre>{@code",
        " * long stamp = lock.tryOptimisticRead();",
        " * }</pre>",
        " */",
        "class A {",
        "    String s = \"a /** b\";                                                                                 ",
        "}");

    assertEquals(source, JavadocFormatter.format(source));
  }
}
