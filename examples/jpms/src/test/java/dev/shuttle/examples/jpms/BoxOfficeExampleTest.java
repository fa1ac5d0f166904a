package dev.shuttle.examples.jpms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.ratelimit.RateLimitExceededException;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The example as a module: what Shuttle generated runs in it, and needs no extra {@code requires}. */
@Timeout(30)
class BoxOfficeExampleTest {

  @Test
  void generatedCodeRunsInTheUsersModuleAgainstTheRuntimeModule() {
    assertEquals("dev.shuttle.examples.jpms", BoxOfficeActor.class.getModule().getName());
    assertEquals("dev.shuttle.examples.jpms", ConcurrentMailer.class.getModule().getName());
    assertEquals("dev.shuttle.runtime", RateLimitExceededException.class.getModule().getName());
    assertEquals("dev.shuttle.annotations", dev.shuttle.OnLimit.class.getModule().getName());
  }

  @Test
  void theModuleRequiresTheRuntimeAndNothingElse() {
    ModuleDescriptor descriptor = BoxOffice.class.getModule().getDescriptor();
    Set<String> required = descriptor.requires().stream()
        .map(ModuleDescriptor.Requires::name)
        .collect(Collectors.toSet());

    assertEquals(Set.of("dev.shuttle.runtime", "java.base"), required);
  }

  @Test
  void concurrentBuyersGetEverySeatOnceAndNoMore() throws InterruptedException {
    BoxOfficeActor office = BoxOfficeActor.spawn(new BoxOffice(BoxOfficeExample.SEATS));

    int granted = BoxOfficeExample.buyConcurrently(office);

    assertEquals(BoxOfficeExample.SEATS, granted);
    assertEquals(BoxOfficeExample.SEATS, office.sold().join());
    office.stop().join();
  }

  @Test
  void aFourthMailInsideAnHourIsRefusedAtOnce() {
    Mailer mailer = new ConcurrentMailer();
    for (int i = 0; i < 3; i++) {
      assertEquals("to ada: 2 seats confirmed", mailer.confirm("ada", 2));
    }

    RateLimitExceededException refused = assertThrows(RateLimitExceededException.class,
        () -> mailer.confirm("ken", 2));
    assertTrue(refused.retryAfter().toMinutes() > 0, refused.retryAfter().toString());
  }
}
