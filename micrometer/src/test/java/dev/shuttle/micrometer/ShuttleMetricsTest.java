package dev.shuttle.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.micrometer.app.Client;
import dev.shuttle.micrometer.app.ConcurrentClient;
import dev.shuttle.micrometer.app.Counter;
import dev.shuttle.micrometer.app.CounterActor;
import dev.shuttle.micrometer.app.Lengths;
import dev.shuttle.micrometer.app.LengthsPipeline;
import dev.shuttle.micrometer.app.Steps;
import dev.shuttle.micrometer.app.StepsPhases;
import dev.shuttle.runtime.ratelimit.RateLimitExceededException;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import dev.shuttle.runtime.Shuttle;
import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ShuttleMetrics} on a {@link SimpleMeterRegistry}, with the generated classes of
 * {@code dev.shuttle.micrometer.app}. Objects of other tests of this JVM are in the registry
 * too, so each test finds its meters by their {@code name} tag.
 */
class ShuttleMetricsTest {
  private static final int BOUND_SECONDS = 10;
  private static final String CLIENT_CALL = "Client.call";

  private SimpleMeterRegistry registry;
  private ShuttleMetrics metrics;

  /** Clients of earlier tests are garbage by now: collect them, so that each test counts its own. */
  @BeforeEach
  void bind() throws InterruptedException {
    for (int attempt = 0; attempt < 50 && liveClients() > 0; attempt++) {
      System.gc();
      Thread.sleep(20);
    }
    assertEquals(0, liveClients(), "the JVM collected earlier tests' clients within 50 collections");
    registry = new SimpleMeterRegistry();
    metrics = new ShuttleMetrics(Tags.of("app", "test"));
    metrics.bindTo(registry);
  }

  @AfterEach
  void close() {
    metrics.close();
  }

  @Test
  void rateLimitedCallsCountGrantedAndRefusedPermits() {
    Client client = new ConcurrentClient();
    client.call("a");
    client.call("b");
    assertThrows(RateLimitExceededException.class, () -> client.call("c"));

    assertEquals(2, counter("shuttle.ratelimit.permits", CLIENT_CALL, "result", "granted"));
    assertEquals(1, counter("shuttle.ratelimit.permits", CLIENT_CALL, "result", "refused"));
    FunctionTimer waits = find("shuttle.ratelimit.waits", CLIENT_CALL).functionTimer();
    assertEquals(0, waits.count(), "a FAIL limit never waits");
    assertEquals(0, gauge("shuttle.ratelimit.available", CLIENT_CALL));
    Meter.Id id = find("shuttle.ratelimit.permits", CLIENT_CALL).tag("result", "granted").functionCounter().getId();
    assertEquals(Client.class.getCanonicalName(), id.getTag("class"), "a woven limiter knows its declaration");
    assertEquals("call", id.getTag("method"));
    assertEquals("test", id.getTag("app"));
  }

  @Test
  void instancesOfOneMethodShareOneSetOfMeters() {
    List<Client> clients = List.of(new ConcurrentClient(), new ConcurrentClient(), new ConcurrentClient());
    clients.forEach(client -> client.call("x"));
    assertEquals(1, find("shuttle.ratelimit.permits", CLIENT_CALL).tag("result", "granted").meters().size());
    assertEquals(3, counter("shuttle.ratelimit.permits", CLIENT_CALL, "result", "granted"));
    assertEquals(3, gauge("shuttle.objects", CLIENT_CALL), "three limiters alive");
    assertEquals(3 * 2 - 3, gauge("shuttle.ratelimit.available", CLIENT_CALL), "the gauges add up");
    Reference.reachabilityFence(clients);
  }

  @Test
  void aCollectedInstanceLeavesTheGaugesAndWhatWasReadOfItStaysCounted() throws Exception {
    List<WeakReference<Client>> dropped = callAndDrop(5);
    assertEquals(5, counter("shuttle.ratelimit.permits", CLIENT_CALL, "result", "granted"), "read while alive");
    for (int attempt = 0; attempt < 50 && dropped.stream().anyMatch(ref -> ref.get() != null); attempt++) {
      System.gc();
      Thread.sleep(20);
    }
    assertNull(dropped.get(0).get(), "the JVM collected the dropped clients within 50 collections");
    assertEquals(0, gauge("shuttle.objects", CLIENT_CALL));
    assertEquals(0, gauge("shuttle.ratelimit.available", CLIENT_CALL));
    assertEquals(5, counter("shuttle.ratelimit.permits", CLIENT_CALL, "result", "granted"), "a counter never goes down");
    assertEquals(1, find("shuttle.ratelimit.permits", CLIENT_CALL).tag("result", "granted").meters().size());
  }

  private static List<WeakReference<Client>> callAndDrop(int count) {
    List<WeakReference<Client>> dropped = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Client client = new ConcurrentClient();
      client.call("x");
      dropped.add(new WeakReference<>(client));
    }
    return dropped;
  }

  @Test
  void anActorsCountsStayAfterItStops() throws Exception {
    CounterActor counter = CounterActor.spawn(new Counter());
    counter.add(1);
    counter.add(-1);
    counter.add(2);
    assertEquals(3, counter.total().get(BOUND_SECONDS, TimeUnit.SECONDS));
    String name = Counter.class.getName();
    assertEquals(1, gauge("shuttle.objects", name));
    counter.stop().get(BOUND_SECONDS, TimeUnit.SECONDS);

    assertEquals(4, counter("shuttle.actor.processed", name), "three tells and an ask");
    assertEquals(1, counter("shuttle.actor.failed", name));
    assertEquals(0, counter("shuttle.actor.dead.letters", name));
    assertEquals(0, gauge("shuttle.actor.mailbox.size", name));
    assertEquals(0, gauge("shuttle.objects", name), "a stopped actor has left");
    assertEquals(name, find("shuttle.actor.processed", name).functionCounter().getId().getTag("class"),
        "an actor knows its class");
  }

  @Test
  void aPipelineHasMetersPerStage() throws Exception {
    List<Integer> lengths = new ArrayList<>();
    LengthsPipeline pipeline = LengthsPipeline.start(new Lengths(), lengths::add);
    pipeline.submit("ab");
    pipeline.submit("");
    pipeline.submit("abc");
    pipeline.close().get(BOUND_SECONDS, TimeUnit.SECONDS);

    assertEquals(List.of(2, 3), lengths);
    assertEquals(3, counter("shuttle.pipeline.submitted", "Lengths"));
    assertEquals(2, counter("shuttle.pipeline.completed", "Lengths"));
    assertEquals(1, counter("shuttle.pipeline.stage.filtered", "Lengths", "stage", "nonEmpty"));
    assertEquals(0, counter("shuttle.pipeline.stage.failures", "Lengths", "stage", "length"));
    assertEquals(2, counter("shuttle.pipeline.stage.completed", "Lengths", "stage", "length"));
    assertEquals(0, gauge("shuttle.pipeline.stage.depth", "Lengths", "stage", "nonEmpty"));
  }

  @Test
  void aPhasedRunCountsItsPhases() {
    StepsPhases.run(new Steps());
    assertEquals(2, counter("shuttle.phased.phases", "Steps"));
    assertEquals(0, counter("shuttle.phased.failures", "Steps"));
    assertEquals(0, gauge("shuttle.phased.parties.running", "Steps"));
  }

  @Test
  void theLockAndThePoolOfAWovenClassHaveMeters() throws Exception {
    Client client = new ConcurrentClient();
    assertEquals("done", client.later("done").get(BOUND_SECONDS, TimeUnit.SECONDS));
    assertEquals(0, counter("shuttle.readmostly.optimistic.failures", "Client"));
    assertEquals(0, gauge("shuttle.readmostly.writers", "Client"));
    Reference.reachabilityFence(client);
    assertEquals(1, gauge("shuttle.pool.threads", "metrics-test"), "a FIXED pool of one thread");
    assertEquals(0, counter("shuttle.pool.refused", "metrics-test"));
  }

  @Test
  void objectsMadeBeforeBindingHaveMetersToo() {
    Client early = new ConcurrentClient();
    early.call("x");
    SimpleMeterRegistry later = new SimpleMeterRegistry();
    try (ShuttleMetrics second = new ShuttleMetrics()) {
      second.bindTo(later);
      assertEquals(1, later.find("shuttle.ratelimit.permits").tag("name", CLIENT_CALL).tag("result", "granted")
          .functionCounter().count(), "the early client's call");
    }
    Reference.reachabilityFence(early);
  }

  @Test
  void closingRemovesEveryMeterAndFollowsNoNewObject() {
    new ConcurrentClient().call("x");
    assertTrue(registry.getMeters().stream().anyMatch(meter -> meter.getId().getName().startsWith("shuttle.")));
    metrics.close();
    assertEquals(List.of(), registry.getMeters().stream().map(meter -> meter.getId().getName()).toList());
    new ConcurrentClient().call("x");
    CounterActor.spawn(new Counter()).stop();
    assertEquals(List.of(), registry.getMeters());
  }

  private static long liveClients() {
    return Shuttle.registry().stream().filter(object -> object.name().startsWith("Client")).count();
  }

  private Search find(String meter, String name) {
    return registry.find(meter).tag("name", name);
  }

  private double counter(String meter, String name, String... tags) {
    FunctionCounter counter = find(meter, name).tags(tags).functionCounter();
    assertTrue(counter != null, meter + " " + name + " is registered");
    return counter.count();
  }

  private double gauge(String meter, String name, String... tags) {
    Gauge gauge = find(meter, name).tags(tags).gauge();
    assertTrue(gauge != null, meter + " " + name + " is registered");
    return gauge.value();
  }
}
