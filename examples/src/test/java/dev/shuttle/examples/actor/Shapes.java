package dev.shuttle.examples.actor;

import dev.shuttle.Actor;
import dev.shuttle.FailurePolicy;
import dev.shuttle.OnFailure;
import dev.shuttle.Overflow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Test actors in the shapes a user writes; the processor generates their proxies at test-compile time. */
final class Shapes {
  private Shapes() {}

  /** Overloads, generics, varargs, stages, checked exceptions, inherited methods. */
  @Actor
  static class Notebook extends Base {
    final List<String> lines = new ArrayList<>();
    final List<Throwable> failures = new ArrayList<>();

    public void write(String line) { lines.add(line); }

    public void write(String line, int times) {
      for (int i = 0; i < times; i++) lines.add(line);
    }

    public void writeAll(String... more) { lines.addAll(List.of(more)); }

    public List<String> lines() { return List.copyOf(lines); }

    public <T extends Comparable<T>> T max(T a, T b) { return a.compareTo(b) >= 0 ? a : b; }

    public <T> List<T> twice(T value) { return List.of(value, value); }

    public CompletionStage<Integer> countLater() { return CompletableFuture.supplyAsync(lines::size); }

    public CompletableFuture<String> failLater(String why) {
      return CompletableFuture.failedFuture(new IllegalStateException(why));
    }

    public int explode(String why) throws IOException { throw new IOException(why); }

    public void explodeQuietly(String why) { throw new IllegalArgumentException(why); }

    public List<Throwable> failures() { return List.copyOf(failures); }

    @OnFailure
    void failed(Throwable error) { failures.add(error); }

    @Override
    public String toString() { return "Notebook" + lines; } // from Object: not a message
  }

  static class Base {
    int inherited;

    public int bump() { return ++inherited; }
  }

  /** A small bounded mailbox whose handler can be held, to fill the mailbox deterministically. */
  @Actor(mailbox = 2, overflow = Overflow.REJECT)
  static class Gate extends Holding {}

  /** Same, but senders wait for room. */
  @Actor(mailbox = 1, overflow = Overflow.BLOCK)
  static class Turnstile extends Holding {}

  /** Inherited public methods become messages too. */
  static class Holding {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    int handled;

    public void hold() throws InterruptedException {
      entered.countDown();
      release.await(30, TimeUnit.SECONDS);
      handled++;
    }

    public void pass() { handled++; }

    public int handled() { return handled; }
  }

  /** Stops at its first failed tell. */
  @Actor(onFailure = FailurePolicy.STOP)
  static class Fragile {
    int handled;

    public void work() { handled++; }

    public void breakDown() { throw new IllegalStateException("broken"); }

    public int handled() { return handled; }
  }
}
