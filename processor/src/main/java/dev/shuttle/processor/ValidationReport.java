package dev.shuttle.processor;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The problems found in one user type, each pinned to the exact element, annotation and
 * annotation value it is about, so the IDE underlines the right thing. Validators add every
 * problem they find and carry on; a step generates only from a {@linkplain #isClean() clean}
 * report (Dagger's {@code ValidationReport}).
 */
public final class ValidationReport {
  private final List<Item> items = new ArrayList<>();

  public void error(String message, Element element) {
    add(Diagnostic.Kind.ERROR, message, element, null, null);
  }

  public void error(String message, Element element, AnnotationMirror annotation) {
    add(Diagnostic.Kind.ERROR, message, element, annotation, null);
  }

  public void error(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    add(Diagnostic.Kind.ERROR, message, element, annotation, value);
  }

  public void warning(String message, Element element) {
    add(Diagnostic.Kind.WARNING, message, element, null, null);
  }

  public void warning(String message, Element element, AnnotationMirror annotation) {
    add(Diagnostic.Kind.WARNING, message, element, annotation, null);
  }

  /** Whether no error was found (warnings do not count). */
  public boolean isClean() {
    return items.stream().noneMatch(item -> item.kind == Diagnostic.Kind.ERROR);
  }

  /** Prints every item, in the order found. */
  public void printTo(Messager messager) {
    for (Item item : items) {
      if (item.value != null) {
        messager.printMessage(item.kind, item.message, item.element, item.annotation, item.value);
      } else if (item.annotation != null) {
        messager.printMessage(item.kind, item.message, item.element, item.annotation);
      } else {
        messager.printMessage(item.kind, item.message, item.element);
      }
    }
  }

  private void add(
      Diagnostic.Kind kind, String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    items.add(new Item(kind, message, element, annotation, value));
  }

  private record Item(
      Diagnostic.Kind kind, String message, Element element, AnnotationMirror annotation, AnnotationValue value) {}
}
