package dev.shuttle.processor;

import com.palantir.javapoet.ClassName;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** What every step needs from the compiler, in one place. */
public final class ProcessorContext {
  private final ProcessingEnvironment env;
  /** Qualified names of the types written so far, which later steps may run on. */
  private final Set<String> written = new HashSet<>();

  ProcessorContext(ProcessingEnvironment env) {
    this.env = env;
  }

  public Elements elements() {
    return env.getElementUtils();
  }

  public Types types() {
    return env.getTypeUtils();
  }

  public Filer filer() {
    return env.getFiler();
  }

  public Messager messager() {
    return env.getMessager();
  }

  /** Writes generated sources with Shuttle's header; see {@link SourceWriter}. */
  public SourceWriter sourceWriter() {
    return new SourceWriter(env.getFiler(), env.getElementUtils(), written);
  }

  /**
   * Whether a step has written {@code type} in this compilation: an actor runs its class's woven
   * {@code ConcurrentFoo} only if the woven step, which runs first, could write it.
   */
  public boolean wrote(ClassName type) {
    return written.contains(type.canonicalName());
  }
}
