package dev.shuttle.processor;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The problems found in one user type, each pinned to the exact element, annotation and
 * annotation value it is about, so the IDE underlines the right thing. Validators add every
 * problem they find and carry on; a step generates only from a {@linkplain #isClean() clean}
 * report (Dagger's {@code ValidationReport}).
 */
public final class ValidationReport {
  private final List<Item> items = new ArrayList<>();

  /** A problem with {@code element} as a whole. */
  public void add(Problem problem, Element element) {
    items.add(new Item(problem, element, null, null));
  }

  /** A problem that the annotation {@code on} an element shows. */
  public void add(Problem problem, AnnotationOn<?> on) {
    items.add(new Item(problem, on.element(), on.mirror(), null));
  }

  /**
   * A problem with one member of an annotation ({@code Actor::mailbox}): the value the user wrote,
   * or the annotation if they left the default.
   */
  public <A extends Annotation> void add(Problem problem, AnnotationOn<A> on, Function<? super A, ?> member) {
    items.add(new Item(problem, on.element(), on.mirror(), on.written(member)));
  }

  /** A problem with {@code value}, a part of the annotation {@code on} (one name of {@code @Race({...})}). */
  public void add(Problem problem, AnnotationOn<?> on, AnnotationValue value) {
    items.add(new Item(problem, on.element(), on.mirror(), value));
  }

  /** Whether no error was found (warnings do not count). */
  public boolean isClean() {
    return items.stream().noneMatch(item -> item.problem.isError());
  }

  /** Prints every item, in the order found. */
  public void printTo(Messager messager) {
    for (Item item : items) {
      Problem problem = item.problem;
      if (item.value != null) {
        messager.printMessage(problem.kind(), problem.text(), item.element, item.annotation, item.value);
      } else if (item.annotation != null) {
        messager.printMessage(problem.kind(), problem.text(), item.element, item.annotation);
      } else {
        messager.printMessage(problem.kind(), problem.text(), item.element);
      }
    }
  }

  private record Item(Problem problem, Element element, AnnotationMirror annotation, AnnotationValue value) {}
}
