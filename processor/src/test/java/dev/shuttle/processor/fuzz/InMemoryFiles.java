package dev.shuttle.processor.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * A file manager for one compilation that reads the class path through a shared
 * {@link StandardJavaFileManager} (whose opened jars stay cached from one compilation to the next)
 * and keeps everything the compilation writes in memory, so that nothing touches the disk and the
 * sources the processor generates can be read back.
 */
final class InMemoryFiles extends ForwardingJavaFileManager<JavaFileManager> {
  private final List<Output> outputs = new ArrayList<>();

  InMemoryFiles(StandardJavaFileManager shared) {
    super(shared);
  }

  static JavaFileObject source(String qualifiedName, String text) {
    return new Source(uri(qualifiedName, JavaFileObject.Kind.SOURCE), text);
  }

  /** The sources the processor generated, in the order it wrote them. */
  List<Output> generatedSources() {
    return outputs.stream().filter(output -> output.getKind() == JavaFileObject.Kind.SOURCE).toList();
  }

  @Override
  public JavaFileObject getJavaFileForOutput(
      Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
    Output output = new Output(uri(className, kind), kind);
    outputs.add(output);
    return output;
  }

  @Override
  public FileObject getFileForOutput(Location location, String packageName, String relativeName, FileObject sibling) {
    String path = packageName.isEmpty() ? relativeName : packageName.replace('.', '/') + "/" + relativeName;
    Output output = new Output(URI.create("mem:///" + location.getName() + "/" + path), JavaFileObject.Kind.OTHER);
    outputs.add(output);
    return output;
  }

  @Override
  public boolean isSameFile(FileObject a, FileObject b) {
    return a instanceof SimpleJavaFileObject || b instanceof SimpleJavaFileObject ? a.toUri().equals(b.toUri())
        : super.isSameFile(a, b);
  }

  @Override
  public boolean hasLocation(Location location) {
    return location == StandardLocation.SOURCE_OUTPUT || location == StandardLocation.CLASS_OUTPUT
        || super.hasLocation(location);
  }

  private static URI uri(String className, JavaFileObject.Kind kind) {
    return URI.create("mem:///" + className.replace('.', '/') + kind.extension);
  }

  /** A source the test hands to the compiler. */
  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(URI uri, String text) {
      super(uri, Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }

  /** A file the compilation wrote; javac reads generated sources back from it in the next round. */
  static final class Output extends SimpleJavaFileObject {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Output(URI uri, Kind kind) {
      super(uri, kind);
    }

    @Override
    public OutputStream openOutputStream() {
      bytes.reset();
      return bytes;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return bytes.toString(StandardCharsets.UTF_8);
    }

    /** {@code fuzz/ConcurrentFoo.java}. */
    String path() {
      return toUri().getPath().substring(1);
    }
  }
}
