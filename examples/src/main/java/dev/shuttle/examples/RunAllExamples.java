package dev.shuttle.examples;

import dev.shuttle.examples.actor.BankExample;
import dev.shuttle.examples.chat.ChatExample;
import dev.shuttle.examples.forkjoin.ForkJoinExample;
import dev.shuttle.examples.geocoding.GeocodingExample;
import dev.shuttle.examples.phased.PhasedExample;
import dev.shuttle.examples.async.ThumbnailExample;
import dev.shuttle.examples.race.QuoteExample;
import dev.shuttle.examples.ratelimit.RateLimitExample;
import dev.shuttle.examples.readmostly.CatalogExample;
import dev.shuttle.examples.pipeline.PipelineExample;

/** Runs every example in turn; each prints what it did. {@code mvn -B -Prun-examples -DskipTests package}. */
public final class RunAllExamples {
  public static void main(String[] args) throws Exception {
    BankExample.main(args);
    RateLimitExample.main(args);
    CatalogExample.main(args);
    PipelineExample.main(args);
    ForkJoinExample.main(args);
    PhasedExample.main(args);
    ThumbnailExample.main(args);
    QuoteExample.main(args);
    ChatExample.main(args);
    GeocodingExample.main(args);
  }

  private RunAllExamples() {}
}
