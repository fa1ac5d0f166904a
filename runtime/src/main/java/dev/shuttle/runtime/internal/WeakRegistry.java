package dev.shuttle.runtime.internal;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The live objects of one kind (actors, pipelines, limiters) that a graceful shutdown or the
 * {@linkplain dev.shuttle.runtime.ShuttleRegistry registry} must find. An object
 * leaves when it is done ({@link #unregister}), or when nothing refers to it any more: then it can
 * take no more work and nothing of it is lost, so the registry holds each one weakly, and a
 * program that makes short-lived objects and drops them does not fill it.
 *
 * <p>Off the hot path: an object registers once, when it is made, and leaves once. The entries are
 * spread over a few locked lists, picked by the registering thread, so that threads registering
 * at once rarely meet; a walk over all of them happens only for a shutdown or a look at the registry.
 *
 * @param <T> the kind of object
 */
public final class WeakRegistry<T> {
  private final Stripe<T>[] stripes = newStripes();
  private final ReferenceQueue<T> collected = new ReferenceQueue<>();

  /**
   * Registers {@code object} in {@code group}, a number from 0 to 127 that {@link #live(int)}
   * selects by (actors are grouped by who spawned them).
   */
  public Registration<T> register(T object, int group) {
    forgetCollected();
    int stripe = (int) Thread.currentThread().getId() & (stripes.length - 1);
    Registration<T> registration = new Registration<>(object, collected, (byte) stripe, (byte) group);
    stripes[stripe].add(registration);
    return registration;
  }

  /**
   * Takes an object that is done out. Idempotent.
   *
   * @return whether it was registered until now
   */
  public boolean unregister(Registration<T> registration) {
    registration.clear(); // a cleared reference is never queued as collected, so it is not removed twice
    return stripes[registration.stripe].remove(registration);
  }

  /** The registered objects of {@code group} that are still reachable. */
  public List<T> live(int group) {
    forgetCollected();
    List<T> live = new ArrayList<>();
    for (Stripe<T> stripe : stripes) {
      stripe.collect(group, live);
    }
    return live;
  }

  /** The registrations of every group whose objects are still reachable. */
  public List<Registration<T>> registrations() {
    forgetCollected();
    List<Registration<T>> live = new ArrayList<>();
    for (Stripe<T> stripe : stripes) {
      stripe.collectRegistrations(live);
    }
    return live;
  }

  /** How many objects are registered, collected ones included until they are noticed. */
  public int registered() {
    int registered = 0;
    for (Stripe<T> stripe : stripes) {
      registered += stripe.size();
    }
    return registered;
  }

  private void forgetCollected() {
    Reference<? extends T> reference;
    while ((reference = collected.poll()) != null) {
      Registration<?> registration = (Registration<?>) reference;
      stripes[registration.stripe].remove(registration);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> Stripe<T>[] newStripes() {
    int count = Math.min(64, Integer.highestOneBit(4 * Runtime.getRuntime().availableProcessors() - 1) << 1);
    Stripe<T>[] all = new Stripe[count];
    for (int i = 0; i < count; i++) {
      all[i] = new Stripe<>();
    }
    return all;
  }

  /** One object's entry: the weak reference itself is the list node, so an object pays one small object. */
  public static final class Registration<T> extends WeakReference<T> {
    private final byte stripe;
    private final byte group;
    private boolean linked; // guarded by the stripe
    private Registration<?> previous; // guarded by the stripe
    private Registration<?> next; // guarded by the stripe

    private Registration(T object, ReferenceQueue<T> collected, byte stripe, byte group) {
      super(object, collected);
      this.stripe = stripe;
      this.group = group;
    }
  }

  /** A doubly linked list of registrations under one lock. */
  private static final class Stripe<T> {
    private Registration<?> head;
    private int size;

    synchronized void add(Registration<?> registration) {
      registration.next = head;
      if (head != null) {
        head.previous = registration;
      }
      head = registration;
      registration.linked = true;
      size++;
    }

    synchronized boolean remove(Registration<?> registration) {
      if (!registration.linked) {
        return false;
      }
      registration.linked = false;
      size--;
      if (registration.previous == null) {
        head = registration.next;
      } else {
        registration.previous.next = registration.next;
      }
      if (registration.next != null) {
        registration.next.previous = registration.previous;
      }
      registration.previous = null;
      registration.next = null;
      return true;
    }

    synchronized int size() {
      return size;
    }

    @SuppressWarnings("unchecked") // every registration in this stripe's registry refers to a T
    synchronized void collect(int group, List<T> into) {
      for (Registration<?> r = head; r != null; r = r.next) {
        Object object = r.get();
        if (object != null && r.group == group) {
          into.add((T) object);
        }
      }
    }

    @SuppressWarnings("unchecked") // as collect
    synchronized void collectRegistrations(List<Registration<T>> into) {
      for (Registration<?> r = head; r != null; r = r.next) {
        if (r.get() != null) {
          into.add((Registration<T>) r);
        }
      }
    }
  }
}
