package dev.shuttle.runtime.internal;

import dev.shuttle.runtime.InternalApi;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Virtual threads where the JDK has them (21 and newer), found once at run time through method
 * handles, as Jetty and Tomcat do: the runtime is compiled for Java 17, which has no
 * {@code Thread.ofVirtual()}.
 */
@InternalApi
public final class VirtualThreads {
  private VirtualThreads() {}

  /** {@code Thread.ofVirtual().name(name).unstarted(task)} as {@code (String, Runnable) -> Thread}, or null. */
  private static final MethodHandle NEW_THREAD = find();

  /** Whether this JDK has virtual threads. */
  public static boolean available() {
    return NEW_THREAD != null;
  }

  /**
   * A new, unstarted virtual thread.
   *
   * @throws UnsupportedOperationException if the JDK has no virtual threads ({@link #available()})
   */
  public static Thread unstarted(String name, Runnable task) {
    if (NEW_THREAD == null) {
      throw new UnsupportedOperationException("virtual threads need JDK 21 or newer");
    }
    try {
      return (Thread) NEW_THREAD.invokeExact(name, task);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  private static MethodHandle find() {
    try {
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      Class<?> builder = Class.forName("java.lang.Thread$Builder");
      Class<?> ofVirtual = Class.forName("java.lang.Thread$Builder$OfVirtual");
      MethodHandle newBuilder = lookup.findStatic(Thread.class, "ofVirtual", MethodType.methodType(ofVirtual));
      MethodHandle name = lookup.findVirtual(ofVirtual, "name", MethodType.methodType(ofVirtual, String.class));
      MethodHandle unstarted = lookup.findVirtual(builder, "unstarted", MethodType.methodType(Thread.class, Runnable.class));
      // (String, Runnable) -> unstarted(name(ofVirtual(), String), Runnable)
      MethodHandle named = MethodHandles.foldArguments(name, newBuilder);                    // (String) -> OfVirtual
      MethodHandle start = unstarted.asType(MethodType.methodType(Thread.class, ofVirtual, Runnable.class));
      return MethodHandles.filterArguments(start, 0, named);                                // (String, Runnable) -> Thread
    } catch (ReflectiveOperationException e) {
      return null; // JDK 17 to 20
    }
  }
}
