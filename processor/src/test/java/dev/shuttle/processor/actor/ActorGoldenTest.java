package dev.shuttle.processor.actor;

import dev.shuttle.processor.GoldenFiles;
import org.junit.jupiter.api.Test;

/** The generated actors, byte for byte; {@code -Dshuttle.golden.update} rewrites them. */
class ActorGoldenTest {

  @Test
  void generatedActorsMatchGoldenFiles() {
    GoldenFiles.check("actor", "golden", "AccountActor", "InboxActor", "RoomActor", "MemberActor", "SessionActor",
        "GeocoderActor", "ConcurrentGeocoder");
  }
}
