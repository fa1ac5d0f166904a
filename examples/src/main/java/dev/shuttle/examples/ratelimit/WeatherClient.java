package dev.shuttle.examples.ratelimit;

import dev.shuttle.OnLimit;
import dev.shuttle.RateLimited;
import java.util.concurrent.TimeUnit;

/** A client of a service that allows 50 calls a second (bursts of 10) and 2 alert queries a minute. */
public class WeatherClient {
  private final FakeWeatherService service;

  public WeatherClient(FakeWeatherService service) {
    this.service = service;
  }

  /** Over the limit, callers wait their turn. */
  @RateLimited(value = 50, burst = 10)
  public String forecast(String city) {
    return service.forecast(city);
  }

  /** Over the limit, callers are refused at once and told when to come back. */
  @RateLimited(value = 2, unit = TimeUnit.MINUTES, onLimit = OnLimit.FAIL)
  public String alerts(String region) {
    return service.alerts(region);
  }
}
