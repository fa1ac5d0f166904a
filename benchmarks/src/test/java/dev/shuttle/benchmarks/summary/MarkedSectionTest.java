package dev.shuttle.benchmarks.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MarkedSectionTest {
  private static final String BEGIN = MarkedSection.BEGIN;
  private static final String END = MarkedSection.END;

  @Test
  void replacesWhatIsBetweenTheMarkersAndKeepsTheRest() {
    String document = "# Title\n" + BEGIN + "\nold table\n" + END + "\n\n## Next\n";

    assertEquals("# Title\n" + BEGIN + "\nnew table\n" + END + "\n\n## Next\n",
        MarkedSection.replace(document, "new table\n"));
  }

  @Test
  void aDocumentWithoutBothMarkersOnceIsNotTouched() {
    assertThrows(IllegalArgumentException.class, () -> MarkedSection.replace("no markers\n", "x"));
    assertThrows(IllegalArgumentException.class, () -> MarkedSection.replace(END + "\n" + BEGIN + "\n", "x"));
    assertThrows(IllegalArgumentException.class,
        () -> MarkedSection.replace(BEGIN + "\n" + END + "\n" + BEGIN + "\n" + END + "\n", "x"));
  }
}
