package dev.shuttle.processor;

import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** What every step needs from the compiler, in one place. */
public final class ProcessorContext {
  private final ProcessingEnvironment env;

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
    return new SourceWriter(env.getFiler(), env.getElementUtils());
  }
}
