package dev.shuttle.processor.fuzz;

import java.util.List;
import javax.tools.JavaFileObject;

/**
 * One random input for the processor: the seed that wrote it, the class that carries the patterns
 * under test, and every source file of the compilation (that class's file and its helpers).
 *
 * @param seed replays this case: {@code new CaseWriter().write(seed)} writes the same bytes again
 * @param subject qualified name of the annotated class
 * @param mentionedGenerated qualified names of the generated types the sources mention
 */
public record FuzzCase(long seed, String subject, List<Source> sources, List<String> mentionedGenerated) {

  /** One compilation unit. */
  public record Source(String qualifiedName, String text) {
    JavaFileObject toFileObject() {
      return InMemoryFiles.source(qualifiedName, text);
    }
  }

  public FuzzCase {
    sources = List.copyOf(sources);
    mentionedGenerated = List.copyOf(mentionedGenerated);
  }

  /** Stand-ins for the generated types the sources mention, so that javac can judge them without the processor. */
  List<JavaFileObject> generatedStandIns() {
    return mentionedGenerated.stream().map(name -> InMemoryFiles.source(name, "package "
        + name.substring(0, name.lastIndexOf('.')) + "; public class " + name.substring(name.lastIndexOf('.') + 1)
        + " {}")).toList();
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
    for (Source source : sources) {
      out.append("// ---- ").append(source.qualifiedName().replace('.', '/')).append(".java\n").append(source.text());
    }
    return out.toString();
  }
}
