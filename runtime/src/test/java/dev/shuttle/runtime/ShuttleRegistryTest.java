package dev.shuttle.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.LockStrategy;
import dev.shuttle.runtime.actor.ActorCell;
import dev.shuttle.runtime.actor.ActorMessage;
import dev.shuttle.runtime.actor.ActorSettings;
import dev.shuttle.runtime.actor.ActorStats;
import dev.shuttle.runtime.phased.PhaseBarrier;
import dev.shuttle.runtime.phased.PhasedParties;
import dev.shuttle.runtime.phased.PhasedStats;
import dev.shuttle.runtime.pipeline.PipelineEngine;
import dev.shuttle.runtime.pipeline.PipelineStage;
import dev.shuttle.runtime.pipeline.PipelineStats;
import dev.shuttle.runtime.pipeline.WorkerThreads;
import dev.shuttle.runtime.pool.PoolSpec;
import dev.shuttle.runtime.pool.TaskPool;
import dev.shuttle.runtime.pool.TaskPoolStats;
import dev.shuttle.runtime.pool.TaskPools;
import dev.shuttle.runtime.queue.BoundedQueue;
import dev.shuttle.runtime.ratelimit.KeyedRateLimiter;
import dev.shuttle.runtime.ratelimit.KeyedRateLimiterStats;
import dev.shuttle.runtime.ratelimit.RateLimit;
import dev.shuttle.runtime.ratelimit.RateLimiter;
import dev.shuttle.runtime.ratelimit.RateLimiterStats;
import dev.shuttle.runtime.readmostly.ReadMostlyLock;
import dev.shuttle.runtime.readmostly.ReadMostlyStats;
import dev.shuttle.runtime.testing.ManualExecutor;
import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShuttleRegistryTest {
  private static final int BOUND_SECONDS = 10;
  private static final RateLimit LIMIT = RateLimit.of(10, 1, TimeUnit.SECONDS);

  @Test
  void listsEveryKindWithItsNameAndASnapshot() throws Exception {
    RateLimiter limiter = new RateLimiter(LIMIT, "registry.limiter");
    limiter.tryAcquire();
    KeyedRateLimiter keyed = new KeyedRateLimiter(LIMIT, "registry.keyed");
    for (int key = 0; key < 100; key++) {
      keyed.forKey(key).tryAcquire();
    }
    ReadMostlyLock lock = ReadMostlyLock.create(LockStrategy.STAMPED, "registry.Lock");
    TaskPool pool = TaskPools.shared("registry-pool", PoolSpec.fixed(1));
    ManualExecutor executor = new ManualExecutor();
    QuietActor actor = new QuietActor("registry.Actor", executor);
    actor.tell(new QuietActor.Noop());
    executor.runAll();
    CountDownLatch release = new CountDownLatch(1);
    Holder holder = new Holder("registry.Pipeline", release);
    PhasedParties parties = new Waiting("registry.Phased", release);
    CompletableFuture<Void> run = parties.runAsync();
    try {
      Map<String, ShuttleObject> byName = Shuttle.registry().stream()
          .filter(object -> object.name().startsWith("registry"))
          .collect(Collectors.toMap(ShuttleObject::name, object -> object));
      assertEquals(Map.of(
              "registry.limiter", ShuttleObject.Kind.RATE_LIMITER,
              "registry.keyed", ShuttleObject.Kind.KEYED_RATE_LIMITER,
              "registry.Lock", ShuttleObject.Kind.READ_MOSTLY_LOCK,
              "registry-pool", ShuttleObject.Kind.TASK_POOL,
              "registry.Actor", ShuttleObject.Kind.ACTOR,
              "registry.Pipeline", ShuttleObject.Kind.PIPELINE,
              "registry.Phased", ShuttleObject.Kind.PHASED_RUN),
          byName.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().kind())),
          "one entry per object; a keyed limiter is one object, not one per key");

      assertEquals(1, snapshot(byName, "registry.limiter", RateLimiterStats.class).granted());
      KeyedRateLimiterStats keys = snapshot(byName, "registry.keyed", KeyedRateLimiterStats.class);
      assertEquals(100, keys.granted());
      assertEquals(100, keys.keys());
      assertEquals(LockStrategy.STAMPED, snapshot(byName, "registry.Lock", ReadMostlyStats.class).strategy());
      assertEquals(1, snapshot(byName, "registry-pool", TaskPoolStats.class).spec().threads());
      assertEquals(1, snapshot(byName, "registry.Actor", ActorStats.class).processed());
      assertEquals(1, snapshot(byName, "registry.Pipeline", PipelineStats.class).stages().size());
      assertEquals(2, snapshot(byName, "registry.Phased", PhasedStats.class).parties());

      assertEquals(Optional.of("registry.Actor"), byName.get("registry.Actor").className(),
          "an actor knows its class");
      assertEquals(Optional.empty(), byName.get("registry.limiter").className(), "a limiter made by hand does not");
      assertEquals(Optional.empty(), byName.get("registry.limiter").methodName());
    } finally {
      release.countDown();
      run.get(BOUND_SECONDS, TimeUnit.SECONDS);
      holder.engine.close().get(BOUND_SECONDS, TimeUnit.SECONDS);
      actor.stop();
      executor.runAll();
      pool.shutdown();
    }
    Reference.reachabilityFence(limiter); // listed while the test looked
    Reference.reachabilityFence(keyed);
    Reference.reachabilityFence(lock);
  }

  @Test
  void aListenerHearsEachObjectComeAndLeaveWithItsLastSnapshot() throws Exception {
    Recorder recorder = new Recorder("heard.");
    try (ShuttleRegistry.Subscription subscription = Shuttle.registry().addListener(recorder)) {
      ManualExecutor executor = new ManualExecutor();
      QuietActor actor = new QuietActor("heard.Actor", executor);
      for (int i = 0; i < 3; i++) {
        actor.tell(new QuietActor.Noop());
      }
      actor.stop();
      executor.runAll();
      assertTrue(actor.termination().isDone());

      CountDownLatch open = new CountDownLatch(0);
      Holder holder = new Holder("heard.Pipeline", open);
      holder.stage.submit("a");
      holder.engine.close().get(BOUND_SECONDS, TimeUnit.SECONDS);

      new Waiting("heard.Phased", open).runAsync().get(BOUND_SECONDS, TimeUnit.SECONDS);
    }
    assertEquals(List.of("heard.Actor", "heard.Pipeline", "heard.Phased"), recorder.added);
    assertEquals(List.of("heard.Actor", "heard.Pipeline", "heard.Phased"), recorder.removed);
    ActorStats actor = assertInstanceOf(ActorStats.class, recorder.last.get("heard.Actor"));
    assertEquals(3, actor.processed());
    assertTrue(actor.stopped());
    assertEquals(1, assertInstanceOf(PipelineStats.class, recorder.last.get("heard.Pipeline")).completed());
    PhasedStats phased = assertInstanceOf(PhasedStats.class, recorder.last.get("heard.Phased"));
    assertEquals(1, phased.phasesCompleted());
    assertEquals(0, phased.running());
    assertTrue(Shuttle.registry().stream().noneMatch(object -> object.name().startsWith("heard.")),
        "each left the registry as it finished");
  }

  @Test
  void aClosedSubscriptionHearsNothingMore() {
    Recorder recorder = new Recorder("closed.");
    Shuttle.registry().addListener(recorder).close();
    new RateLimiter(LIMIT, "closed.limiter");
    assertEquals(List.of(), recorder.added);
  }

  @Test
  void aListenerThatThrowsIsLoggedAndTheObjectIsMadeAnyway() {
    ShuttleRegistry.Listener broken = new ShuttleRegistry.Listener() {
      @Override
      public void added(ShuttleObject object) {
        throw new IllegalStateException("broken listener");
      }

      @Override
      public void removed(ShuttleObject object, Snapshot last) {
        throw new IllegalStateException("broken listener");
      }
    };
    try (ShuttleRegistry.Subscription subscription = Shuttle.registry().addListener(broken)) {
      RateLimiter limiter = new RateLimiter(LIMIT, "broken.limiter");
      assertTrue(limiter.tryAcquire());
      assertTrue(Shuttle.registry().stream().anyMatch(object -> object.name().equals("broken.limiter")));
    }
  }

  @Test
  void objectsThatNobodyHoldsLeaveWhenCollected() throws Exception {
    List<WeakReference<Object>> dropped = new ArrayList<>();
    ShuttleObject view = dropSome("dropped.", dropped);
    assertTrue(view.snapshot().isPresent());
    for (int attempt = 0; attempt < 50 && dropped.stream().anyMatch(ref -> ref.get() != null); attempt++) {
      System.gc();
      Thread.sleep(20);
    }
    assertNull(dropped.get(0).get(), "the JVM collected the dropped objects within 50 collections");
    assertTrue(Shuttle.registry().stream().noneMatch(object -> object.name().startsWith("dropped.")));
    assertEquals(Optional.empty(), view.snapshot(), "a view kept past its object's life has no snapshot");
  }

  /** Makes limiters and locks that only weak references reach, and a registry view of one of them. */
  private static ShuttleObject dropSome(String prefix, List<WeakReference<Object>> dropped) {
    for (int i = 0; i < 1_000; i++) {
      dropped.add(new WeakReference<>(new RateLimiter(LIMIT, prefix + "limiter")));
      dropped.add(new WeakReference<>(ReadMostlyLock.create(LockStrategy.MUTEX, prefix + "Lock")));
    }
    return Shuttle.registry().stream().filter(object -> object.name().startsWith(prefix)).findAny().orElseThrow();
  }

  @Test
  void aShutDownPoolLeavesWhenANewPoolOfItsNameReplacesIt() {
    Recorder recorder = new Recorder("replaced-");
    try (ShuttleRegistry.Subscription subscription = Shuttle.registry().addListener(recorder)) {
      TaskPool first = TaskPools.shared("replaced-pool", PoolSpec.fixed(1));
      first.shutdown();
      assertTrue(Shuttle.registry().stream().anyMatch(object -> object.name().equals("replaced-pool")),
          "a shut-down pool is listed while it is the pool of its name");
      TaskPool second = TaskPools.shared("replaced-pool", PoolSpec.fixed(1));
      assertFalse(second == first);
      second.shutdown();
    }
    assertEquals(List.of("replaced-pool", "replaced-pool"), recorder.added);
    assertEquals(List.of("replaced-pool"), recorder.removed);
    assertTrue(assertInstanceOf(TaskPoolStats.class, recorder.last.get("replaced-pool")).shutdown());
  }

  @Test
  void viewsOfOneObjectAreEqualAndAWovenViewKnowsItsClassAndMethod() {
    RateLimiter limiter = new RateLimiter(LIMIT, "views.limiter");
    List<ShuttleObject> first = named("views.limiter");
    List<ShuttleObject> second = named("views.limiter");
    assertEquals(1, first.size());
    assertEquals(first, second);
    assertEquals(first.get(0).hashCode(), second.get(0).hashCode());

    ShuttleObject woven = WovenObjects.of(limiter, "com.example.Client", "fetch");
    assertEquals(ShuttleObject.Kind.RATE_LIMITER, woven.kind());
    assertEquals("views.limiter", woven.name());
    assertEquals(Optional.of("com.example.Client"), woven.className());
    assertEquals(Optional.of("fetch"), woven.methodName());
    assertTrue(woven.snapshot().isPresent());
    assertEquals("RATE_LIMITER views.limiter (com.example.Client.fetch)", woven.toString());
  }

  @Test
  void aLimiterWithoutADescriptionIsUnnamed() {
    RateLimiter limiter = new RateLimiter(LIMIT);
    assertEquals("unnamed", WovenObjects.of(limiter, "com.example.Client", null).name());
  }

  private static List<ShuttleObject> named(String name) {
    return Shuttle.registry().stream().filter(object -> object.name().equals(name)).toList();
  }

  private static <S extends Snapshot> S snapshot(Map<String, ShuttleObject> byName, String name, Class<S> type) {
    return assertInstanceOf(type, byName.get(name).snapshot().orElseThrow());
  }

  /** Records what a listener hears of the objects whose names start with a prefix. */
  private static final class Recorder implements ShuttleRegistry.Listener {
    private final String prefix;
    final List<String> added = new ArrayList<>();
    final List<String> removed = new ArrayList<>();
    final Map<String, Snapshot> last = new ConcurrentHashMap<>();

    Recorder(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public synchronized void added(ShuttleObject object) {
      if (object.name().startsWith(prefix)) {
        added.add(object.name());
      }
    }

    @Override
    public synchronized void removed(ShuttleObject object, Snapshot last) {
      if (object.name().startsWith(prefix)) {
        removed.add(object.name());
        this.last.put(object.name(), last);
      }
    }
  }

  /** An actor with one message that does nothing. */
  private static final class QuietActor extends ActorCell {
    QuietActor(String type, ManualExecutor executor) {
      super(ActorSettings.of(type), executor);
    }

    @Override
    protected void dispatch(ActorMessage message) {}

    static final class Noop extends ActorMessage {
      Noop() {
        super(0);
      }
    }
  }

  /** A started one-stage pipeline whose stage waits for {@code release} before it takes an item. */
  private static final class Holder {
    final PipelineStage<String> stage;
    final PipelineEngine engine;

    Holder(String type, CountDownLatch release) {
      stage = new PipelineStage<>("hold", WorkerThreads.platform(1), BoundedQueue.mpsc(2)) {
        @Override
        protected boolean process(String item) throws Exception {
          assertTrue(release.await(BOUND_SECONDS, TimeUnit.SECONDS));
          return DONE;
        }
      };
      engine = new PipelineEngine(type, stage);
      engine.start();
    }
  }

  /** Two parties, one phase, that wait for {@code release} first. */
  private static final class Waiting extends PhasedParties {
    private final CountDownLatch release;

    Waiting(String type, CountDownLatch release) {
      super(type, 2, 1);
      this.release = release;
    }

    @Override
    protected void round(int party, PhaseBarrier barrier) throws InterruptedException {
      assertTrue(release.await(BOUND_SECONDS, TimeUnit.SECONDS));
      barrier.await();
    }
  }
}
