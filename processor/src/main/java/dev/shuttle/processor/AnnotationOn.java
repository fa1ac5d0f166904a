package dev.shuttle.processor;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * A Shuttle annotation found on an element, read through its annotation type: {@link #values()}
 * gives its members typed ({@code actor.values().overflow()} is an {@code Overflow}), and
 * {@link #written} finds a member's value in the source, so that an error can underline it.
 *
 * <p>Shuttle's annotations have no {@code Class} members, so reading them eagerly never throws
 * {@code MirroredTypeException}; a value that does not resolve yet (a constant another processor
 * generates) defers the whole type before anything reads it ({@link Unresolved}).
 */
public final class AnnotationOn<A extends Annotation> {
  private final Element element;
  private final Class<A> type;
  private final AnnotationMirror mirror;
  private final A values;

  private AnnotationOn(Element element, Class<A> type, AnnotationMirror mirror, A values) {
    this.element = element;
    this.type = type;
    this.mirror = mirror;
    this.values = values;
  }

  /** The {@code type} annotation on {@code element}, if it is there. */
  public static <A extends Annotation> Optional<AnnotationOn<A>> find(Element element, Class<A> type) {
    return AnnotationMirrors.find(element, type)
        .map(mirror -> new AnnotationOn<>(element, type, mirror, element.getAnnotation(type)));
  }

  /** The {@code type} annotation on {@code element}, which the caller knows is there. */
  public static <A extends Annotation> AnnotationOn<A> get(Element element, Class<A> type) {
    return find(element, type).orElseThrow(() -> new IllegalStateException("no @" + type.getName() + " on " + element));
  }

  /**
   * Every {@code type} annotation on {@code element}, whether written once or repeated (then Java
   * wraps them in {@code container}, whose {@code repeated} member lists them), in source order.
   */
  public static <A extends Annotation, C extends Annotation> List<AnnotationOn<A>> repeatable(
      Element element, Class<A> type, Class<C> container, Function<C, A[]> repeated) {
    List<AnnotationOn<A>> found = new ArrayList<>();
    find(element, type).ifPresent(found::add);
    find(element, container).ifPresent(list -> {
      A[] values = repeated.apply(list.values);
      List<? extends AnnotationValue> mirrors = AnnotationMirrors.elements(list.written(repeated));
      for (int i = 0; i < values.length; i++) {
        found.add(new AnnotationOn<>(element, type, (AnnotationMirror) mirrors.get(i).getValue(), values[i]));
      }
    });
    return found;
  }

  /** {@code Actor.class} for an {@code @Actor}. */
  public Class<A> annotationType() {
    return type;
  }

  /** The element the annotation is on. */
  public Element element() {
    return element;
  }

  public AnnotationMirror mirror() {
    return mirror;
  }

  /** The annotation's members, each as written or its default. */
  public A values() {
    return values;
  }

  /**
   * The value of {@code member} (a reference such as {@code Actor::mailbox}) as written in the
   * source, or {@code null} if the user left the default.
   */
  public AnnotationValue written(Function<? super A, ?> member) {
    return AnnotationMirrors.explicitValue(mirror, MemberNames.of(type, member));
  }

  /** Whether the user wrote {@code member} rather than leaving its default. */
  public boolean isWritten(Function<? super A, ?> member) {
    return written(member) != null;
  }
}
