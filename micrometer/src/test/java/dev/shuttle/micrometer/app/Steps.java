package dev.shuttle.micrometer.app;

import dev.shuttle.Phase;
import dev.shuttle.Phased;

/** Two parties, two phases, one round. */
@Phased(parties = 2)
public class Steps {
  @Phase(1)
  public void first(int party) {}

  @Phase(2)
  public void second(int party) {}
}
