package dev.shuttle.processor;

import com.palantir.javapoet.ClassName;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** What every step needs from the compiler, in one place. */
public final class ProcessorContext {
  private final ProcessingEnvironment env;
  private final GeneratedFiles files;
  private final TypeNames typeNames = new TypeNames();
  private final Marks marks = new Marks(this);
  private final Map<ClassName, Map<ExecutableElement, ActorPermit>> permits = new HashMap<>();
  /** Read once: asking {@code getTypeElement} for each name, mostly missing ones, costs a parse each. */
  private final Set<String> javaLangNames;

  ProcessorContext(ProcessingEnvironment env) {
    this.env = env;
    this.files = new GeneratedFiles(env.getFiler());
    this.javaLangNames = env.getElementUtils().getTypeElement(Object.class.getCanonicalName()).getEnclosingElement()
        .getEnclosedElements().stream()
        .map(type -> type.getSimpleName().toString())
        .collect(Collectors.toUnmodifiableSet());
  }

  public Elements elements() {
    return env.getElementUtils();
  }

  public Types types() {
    return env.getTypeUtils();
  }

  public Messager messager() {
    return env.getMessager();
  }

  /** Renders generated sources with Shuttle's header; see {@link SourceWriter}. */
  public SourceWriter sourceWriter() {
    return new SourceWriter(env.getElementUtils(), files, javaLangNames,
        new CarriedAnnotations(env.getElementUtils(), env.getTypeUtils()));
  }

  GeneratedFiles files() {
    return files;
  }

  /** How generated code spells a type, including those generated this round; see {@link TypeNames}. */
  public TypeNames typeNames() {
    return typeNames;
  }

  /** Which method annotations apply to a method, its own or inherited; see {@link Marks}. */
  public Marks marks() {
    return marks;
  }

  /**
   * Whether a step has written {@code type} in this compilation, or will at the end of this round:
   * an actor runs its class's woven {@code ConcurrentFoo} only if the woven step, which runs first,
   * could generate it.
   */
  public boolean wrote(ClassName type) {
    return files.contains(type);
  }

  /** Records what the woven class {@code woven} offers its actor, per method whose rate limit waits. */
  public void offerPermits(ClassName woven, Map<ExecutableElement, ActorPermit> offered) {
    permits.put(woven, Map.copyOf(offered));
  }

  /**
   * What {@code behaviour}, the class an actor runs, offers it per method whose rate limit waits:
   * empty unless it is a woven class that {@link #offerPermits} recorded.
   */
  public Map<ExecutableElement, ActorPermit> permitsOf(ClassName behaviour) {
    return permits.getOrDefault(behaviour, Map.of());
  }
}
