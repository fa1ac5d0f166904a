package dev.shuttle.test.usage;

import dev.shuttle.Actor;
import dev.shuttle.runtime.actor.Actors;
import java.time.Duration;
import java.util.function.Consumer;

/** A user's actor with a one-message mailbox, an idle timer and a display it tells what it does. */
@Actor(mailbox = 1)
public class Thermostat {
  static final Duration IDLE_AFTER = Duration.ofMinutes(1);

  private final Consumer<String> display;
  private int degrees;

  public Thermostat(Consumer<String> display) {
    this.display = display;
  }

  public void set(int degrees) {
    this.degrees = degrees;
    display.accept("set " + degrees);
    Actors.startTimer("idle", IDLE_AFTER, () -> display.accept("idle at " + this.degrees)); // restarts on each set
  }

  public int degrees() {
    return degrees;
  }
}
