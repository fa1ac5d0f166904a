package dev.shuttle.runtime.internal;

import dev.shuttle.runtime.InternalApi;
import dev.shuttle.runtime.ShuttleObject;
import dev.shuttle.runtime.ShuttleRegistry;
import dev.shuttle.runtime.Snapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What {@link ShuttleRegistry} is made of: every kind of {@link LiveObjects}, as each registers
 * itself when its class loads (a kind whose class never loaded has no objects), and the
 * listeners.
 */
@InternalApi
public final class Census {
  private static final System.Logger LOG = System.getLogger("dev.shuttle");
  private static final ShuttleRegistry.Listener[] NONE = {};
  private static final List<LiveObjects<?>> KINDS = new CopyOnWriteArrayList<>();
  private static final Object LISTENERS_LOCK = new Object();
  private static volatile ShuttleRegistry.Listener[] listeners = NONE;

  private Census() {}

  static void track(LiveObjects<?> kind) {
    KINDS.add(kind);
  }

  /** Views of every live object, kind by kind. */
  public static List<ShuttleObject> objects() {
    List<ShuttleObject> all = new ArrayList<>();
    for (LiveObjects<?> kind : KINDS) {
      kind.collect(all);
    }
    return all;
  }

  /**
   * A view that holds {@code object}, with the user's class and method the caller knows (a woven
   * class's {@code shuttleObjects()}).
   *
   * @param kind {@code object}'s kind: the caller's typed signature guarantees it
   */
  public static <T> ShuttleObject view(ShuttleObject.Kind kind, T object, String className, String methodName) {
    for (LiveObjects<?> objects : KINDS) {
      if (objects.kind() == kind) {
        @SuppressWarnings("unchecked") // the kind's registry holds objects of object's class
        LiveObjects<T> ofKind = (LiveObjects<T>) objects;
        return ofKind.view(object, className, methodName);
      }
    }
    // The object exists, so its class has loaded and registered its kind.
    throw new AssertionError("No registry of " + kind);
  }

  /** Adds {@code listener}; the returned action removes it. */
  public static Runnable listen(ShuttleRegistry.Listener listener) {
    Objects.requireNonNull(listener, "listener");
    synchronized (LISTENERS_LOCK) {
      ShuttleRegistry.Listener[] more = Arrays.copyOf(listeners, listeners.length + 1);
      more[more.length - 1] = listener;
      listeners = more;
    }
    return () -> unlisten(listener);
  }

  private static void unlisten(ShuttleRegistry.Listener listener) {
    synchronized (LISTENERS_LOCK) {
      listeners = Arrays.stream(listeners).filter(l -> l != listener).toArray(ShuttleRegistry.Listener[]::new);
    }
  }

  static boolean listened() {
    return listeners.length != 0;
  }

  static void added(ShuttleObject object) {
    for (ShuttleRegistry.Listener listener : listeners) {
      try {
        listener.added(object);
      } catch (RuntimeException failure) {
        LOG.log(System.Logger.Level.WARNING, () -> "A registry listener failed on " + object, failure);
      }
    }
  }

  static void removed(ShuttleObject object, Snapshot last) {
    for (ShuttleRegistry.Listener listener : listeners) {
      try {
        listener.removed(object, last);
      } catch (RuntimeException failure) {
        LOG.log(System.Logger.Level.WARNING, () -> "A registry listener failed on " + object, failure);
      }
    }
  }
}
