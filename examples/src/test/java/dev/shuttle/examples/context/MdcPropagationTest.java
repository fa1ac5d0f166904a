package dev.shuttle.examples.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.mdc.MdcContext;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.MDC;

/**
 * The generated code of {@link Traced}, with the MDC decorator installed as a service would install
 * it: each pattern's work sees the {@code requestId} of the caller that handed it over.
 */
@Timeout(60)
class MdcPropagationTest {

  @BeforeEach
  void install() {
    MdcContext.install();
  }

  @AfterEach
  void uninstall() {
    MdcContext.uninstall();
    MDC.clear();
  }

  private static <T> T get(Future<T> future) throws Exception {
    return future.get(30, TimeUnit.SECONDS);
  }

  @Test
  void asyncRaceAndRateLimitedCallsRunWithTheCallersMdc() throws Exception {
    Traced.Client client = new ConcurrentTraced_Client();
    MDC.put("requestId", "r-1");
    assertEquals("/repos for r-1", get(client.fetch("/repos")));
    assertEquals("r-1", get(client.quote()));
    List<String> limited = List.of(get(client.limited()), get(client.limited()), get(client.limited()));
    assertEquals(List.of("r-1", "r-1", "r-1"), limited);

    MDC.clear();
    assertEquals("/repos for null", get(client.fetch("/repos")), "a caller with no MDC hands over none");
  }

  @Test
  void eachActorMessageRunsWithItsSendersMdc() throws Exception {
    Traced_SessionActor session = Traced_SessionActor.spawn(new Traced.Session());
    MDC.put("requestId", "r-2");
    session.note("login");
    MDC.put("requestId", "r-3");
    session.note("logout");
    assertEquals("r-3", get(session.whoAsks()));
    assertEquals("login for r-2, logout for r-3", get(session.notes()));
    get(session.stop());
  }

  @Test
  void aPipelineItemCarriesItsSubmittersMdcThroughEveryStage() throws Exception {
    Traced.Audit audit = new Traced.Audit();
    Traced_AuditPipeline pipeline = Traced_AuditPipeline.start(audit);
    MDC.put("requestId", "r-4");
    pipeline.submit("order 1");
    MDC.put("requestId", "r-5");
    pipeline.submit("order 2");
    MDC.remove("requestId");
    assertEquals(2, get(pipeline.close()).completed());
    assertTrue(audit.recorded.containsAll(List.of(
        "order 1 tagged for r-4, recorded for r-4", "order 2 tagged for r-5, recorded for r-5")), audit.recorded.toString());
    assertNull(MDC.get("requestId"));
  }
}
