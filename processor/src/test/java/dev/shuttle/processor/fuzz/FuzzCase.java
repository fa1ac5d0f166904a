package dev.shuttle.processor.fuzz;

import java.util.List;
import javax.tools.JavaFileObject;

/**
 * One random input for the processor: the seed that wrote it, the class that carries the patterns
 * under test, and every source file of the compilation (that class's file and its helpers).
 *
 * @param seed replays this case: {@code new CaseWriter().write(seed)} writes the same bytes again
 * @param subject qualified name of the annotated class
 * @param mentionedGenerated the generated types the sources mention, each with what the sources call on it
 * @param mustRefuse why Shuttle must refuse the case, if the writer drew something it knows is an
 *     error (an {@code @Actor(maxRestarts = 0)}); empty when either outcome keeps the contract
 */
public record FuzzCase(long seed, String subject, List<Source> sources, List<StandIn> mentionedGenerated,
    List<String> mustRefuse) {

  /** One compilation unit. */
  public record Source(String qualifiedName, String text) {
    JavaFileObject toFileObject() {
      return InMemoryFiles.source(qualifiedName, text);
    }
  }

  /**
   * A generated type the sources mention, as javac sees it without the processor: a class with the
   * members the sources call ({@code public static FooActor self() { return null; }}), so that it
   * can judge the sources alone.
   */
  public record StandIn(String qualifiedName, List<String> members) {
    public StandIn {
      members = List.copyOf(members);
    }

    String simpleName() {
      return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    JavaFileObject toFileObject() {
      StringBuilder text = new StringBuilder("package ").append(qualifiedName, 0, qualifiedName.lastIndexOf('.'))
          .append(";\npublic class ").append(simpleName()).append(" {\n");
      members.forEach(member -> text.append("  ").append(member).append('\n'));
      return InMemoryFiles.source(qualifiedName, text.append("}\n").toString());
    }
  }

  public FuzzCase {
    sources = List.copyOf(sources);
    mentionedGenerated = List.copyOf(mentionedGenerated);
    mustRefuse = List.copyOf(mustRefuse);
  }

  /** Stand-ins for the generated types the sources mention, so that javac can judge them without the processor. */
  List<JavaFileObject> generatedStandIns() {
    return mentionedGenerated.stream().map(StandIn::toFileObject).toList();
  }

  public List<JavaFileObject> fileObjects() {
    return sources.stream().map(Source::toFileObject).toList();
  }

  /** The seed in the form {@code shuttle.fuzz.seed} takes. */
  public String seedHex() {
    return Long.toHexString(seed);
  }

  /** Every source, each under a header with its name: what a failure report shows. */
  public String listing() {
    StringBuilder out = new StringBuilder();
    if (!mustRefuse.isEmpty()) {
      out.append("// must be refused: ").append(String.join("; ", mustRefuse)).append('\n');
    }
    for (Source source : sources) {
      out.append("// ---- ").append(source.qualifiedName().replace('.', '/')).append(".java\n").append(source.text());
    }
    return out.toString();
  }
}
