package dev.shuttle.runtime.internal;

import dev.shuttle.runtime.ShuttleObject;
import dev.shuttle.runtime.Snapshot;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link ShuttleObject}: of a registered object, through its registration, which holds it
 * weakly (views of one registration are equal); or, for a woven instance's own objects, holding
 * the object itself.
 */
final class ObjectView<T> implements ShuttleObject {
  private final Describer<T> describer;
  private final WeakRegistry.Registration<T> registration; // null when held
  private final T held; // null when registered
  private final String name;
  private final String className;
  private final String methodName;

  /** A view of a registered object, named as it is now. */
  ObjectView(Describer<T> describer, WeakRegistry.Registration<T> registration, T object) {
    this(describer, registration, null, object, describer.declaration().apply(object));
  }

  private ObjectView(Describer<T> describer, WeakRegistry.Registration<T> registration, T held, T object,
      String declaration) {
    this(describer, registration, held, object, Declarations.className(declaration),
        Declarations.methodName(declaration));
  }

  /** A view that holds {@code object}. */
  ObjectView(Describer<T> describer, T object, String className, String methodName) {
    this(describer, null, Objects.requireNonNull(object, "object"), object, className, methodName);
  }

  private ObjectView(Describer<T> describer, WeakRegistry.Registration<T> registration, T held, T object,
      String className, String methodName) {
    this.describer = describer;
    this.registration = registration;
    this.held = held;
    String name = describer.name().apply(object);
    this.name = name == null ? "unnamed" : name;
    this.className = className;
    this.methodName = methodName;
  }

  @Override
  public Kind kind() {
    return describer.kind();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Optional<String> className() {
    return Optional.ofNullable(className);
  }

  @Override
  public Optional<String> methodName() {
    return Optional.ofNullable(methodName);
  }

  @Override
  public Optional<Snapshot> snapshot() {
    T object = held != null ? held : registration.get();
    return object == null ? Optional.empty() : Optional.of(describer.snapshot().apply(object));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ObjectView<?> view && view.identity() == identity();
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(identity());
  }

  private Object identity() {
    return held != null ? held : registration;
  }

  @Override
  public String toString() {
    return kind() + " " + name + (className == null ? "" : " (" + className
        + (methodName == null ? "" : "." + methodName) + ")");
  }
}
