package dev.shuttle.processor;

import com.palantir.javapoet.ClassName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * The files Shuttle generates. A round's files are held until every type of the round is
 * validated and rendered, so that a file whose user type mentions another generated type is only
 * written together with it: a type whose validation failed takes the files that name it along,
 * instead of leaving them broken.
 */
final class GeneratedFiles {
  private record File(String code, TypeElement origin) {}

  private final Filer filer;
  /** This round's files, by qualified name, in the order the steps rendered them. */
  private final Map<String, File> pending = new LinkedHashMap<>();
  /** Qualified names written in earlier rounds. */
  private final Set<String> written = new HashSet<>();

  GeneratedFiles(Filer filer) {
    this.filer = filer;
  }

  void add(ClassName name, String code, TypeElement origin) {
    pending.put(name.canonicalName(), new File(code, origin));
  }

  /** Whether {@code name} is written, or will be at the end of this round. */
  boolean contains(ClassName name) {
    return written.contains(name.canonicalName()) || pending.containsKey(name.canonicalName());
  }

  /** Leaves out every file of this round generated from {@code origin}. */
  void leaveOut(TypeElement origin) {
    pending.values().removeIf(file -> file.origin().equals(origin));
  }

  /** Writes this round's files, with each one's user type as its only originating element. */
  void writeRound() {
    for (Map.Entry<String, File> file : pending.entrySet()) {
      try {
        JavaFileObject source = filer.createSourceFile(file.getKey(), file.getValue().origin());
        try (Writer writer = source.openWriter()) {
          writer.write(file.getValue().code());
        }
        written.add(file.getKey());
      } catch (IOException e) {
        throw new UncheckedIOException("Could not write " + file.getKey(), e);
      }
    }
    pending.clear();
  }
}
