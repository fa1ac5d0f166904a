package dev.shuttle.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * The classes a compilation wrote, user code and generated code alike, loaded so that a test can
 * run them on the real runtime.
 */
public final class CompiledClasses extends ClassLoader {
  private static final String OUTPUT = "CLASS_OUTPUT/";

  private final Map<String, byte[]> classes = new HashMap<>();

  /** @param compilation a compilation that succeeded */
  public CompiledClasses(Compilation compilation) {
    super(CompiledClasses.class.getClassLoader());
    assertThat(compilation).succeeded();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String binaryName = path.substring(path.indexOf(OUTPUT) + OUTPUT.length(), path.length() - ".class".length())
            .replace('/', '.');
        classes.put(binaryName, bytes(file));
      }
    }
  }

  /** Calls {@code className}'s static no-argument {@code method} and returns what it returns. */
  public Object call(String className, String method) throws Exception {
    try {
      var callee = loadClass(className).getDeclaredMethod(method);
      callee.setAccessible(true);
      return callee.invoke(null);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  private static byte[] bytes(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
