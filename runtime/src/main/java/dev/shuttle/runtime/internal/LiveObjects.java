package dev.shuttle.runtime.internal;

import dev.shuttle.runtime.InternalApi;
import dev.shuttle.runtime.ShuttleObject;
import dev.shuttle.runtime.Snapshot;
import java.util.List;
import java.util.function.Function;

/**
 * The live objects of one kind, in the registry: a {@link WeakRegistry} that also tells the
 * registry's listeners when an object comes and when it is done. Registering costs what the weak
 * registry costs, and one volatile read while no listener is installed.
 *
 * @param <T> the kind of object
 */
@InternalApi
public final class LiveObjects<T> {
  private final Describer<T> describer;
  private final WeakRegistry<T> registry = new WeakRegistry<>();

  private LiveObjects(Describer<T> describer) {
    this.describer = describer;
  }

  /**
   * The registry of one kind of object, listed by {@link dev.shuttle.runtime.ShuttleRegistry}
   * from now on. Made once per kind, in a static field of the class that registers.
   *
   * @param declaration where an object was declared, a {@link Declarations} path (its user class,
   *     and method if any), or null when it does not know
   */
  public static <T> LiveObjects<T> of(ShuttleObject.Kind kind, Function<? super T, String> name,
      Function<? super T, String> declaration, Function<? super T, ? extends Snapshot> snapshot) {
    LiveObjects<T> objects = new LiveObjects<>(new Describer<>(kind, name, declaration, snapshot));
    Census.track(objects);
    return objects;
  }

  /** Registers {@code object} in group 0; see {@link #register(Object, int)}. */
  public WeakRegistry.Registration<T> register(T object) {
    return register(object, 0);
  }

  /** Registers {@code object} in {@code group} (see {@link WeakRegistry#register}) and tells the listeners. */
  public WeakRegistry.Registration<T> register(T object, int group) {
    WeakRegistry.Registration<T> registration = registry.register(object, group);
    if (Census.listened()) {
      Census.added(new ObjectView<>(describer, registration, object));
    }
    return registration;
  }

  /** Takes an object that is done out, and tells the listeners with its last snapshot. Idempotent. */
  public void unregister(WeakRegistry.Registration<T> registration) {
    T object = registration.get();
    if (registry.unregister(registration) && object != null && Census.listened()) {
      Census.removed(new ObjectView<>(describer, registration, object), describer.snapshot().apply(object));
    }
  }

  /** The live objects of {@code group}. */
  public List<T> live(int group) {
    return registry.live(group);
  }

  /** How many objects are registered, collected ones included until they are noticed. */
  public int registered() {
    return registry.registered();
  }

  /** A view of {@code object} that holds it, with the user's class and method the caller knows. */
  ShuttleObject view(T object, String className, String methodName) {
    return new ObjectView<>(describer, object, className, methodName);
  }

  /** Views of every live object of this kind. */
  void collect(List<ShuttleObject> into) {
    for (WeakRegistry.Registration<T> registration : registry.registrations()) {
      T object = registration.get();
      if (object != null) {
        into.add(new ObjectView<>(describer, registration, object));
      }
    }
  }

  ShuttleObject.Kind kind() {
    return describer.kind();
  }
}
