package dev.shuttle.micrometer.app;

import dev.shuttle.Pipeline;
import dev.shuttle.Stage;
import java.util.Optional;

/** Two stages: drop the empty strings, then take the lengths. */
@Pipeline(bound = 16)
public class Lengths {
  @Stage
  public Optional<String> nonEmpty(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  @Stage
  public int length(String text) {
    return text.length();
  }
}
