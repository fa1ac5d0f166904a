package dev.shuttle.benchmarks.actor;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Many idle actors, not JMH: how many heap bytes each one takes, how long spawning them takes,
 * and what messages to all of them cost; one population per JVM ({@code benchmarks/actor-scale.sh}
 * runs each in its own, in interleaved rounds, and prints the tables with {@code --table}).
 *
 * <p>A run spawns {@code --warmup} actors and sends them everything the measured ones get, so
 * that classes, pools and queues are set up before the heap is first measured, then measures
 * {@code --actors} more. Heap bytes are the heap used after full collections
 * ({@code System.gc()} until two readings agree), read through {@link MemoryMXBean}: after
 * spawning, minus before, over the actors; the behaviours were all made before the first reading,
 * so their own bytes are not counted. Then each actor gets one ask (the touch), then the
 * population's measured messages: its time is the wall time from the first send until every reply
 * is in, over the messages.
 *
 * <pre>
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar dev.shuttle.benchmarks.actor.ActorScale \
 *     --population shuttle|pekko|timer|restart|child|ask-timeout|self [--actors 1000000] [--warmup 10000]
 * java -cp benchmarks/target/benchmarks.jar dev.shuttle.benchmarks.actor.ActorScale --table results.txt
 * </pre>
 */
public final class ActorScale {
  private static final int MAX_COLLECTIONS = 10;
  private static final long AGREE_BYTES = 64 * 1024;

  private ActorScale() {}

  public static void main(String[] args) throws Exception {
    String population = null;
    int actors = 1_000_000;
    int warmup = 10_000;
    for (int i = 0; i < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--population" -> population = value;
        case "--actors" -> actors = Integer.parseInt(value);
        case "--warmup" -> warmup = Integer.parseInt(value);
        case "--table" -> {
          System.out.print(ScaleTable.render(Files.readAllLines(Path.of(value))));
          return;
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (population == null) {
      throw new IllegalArgumentException("--population is one of " + ScalePopulation.NAMES + ", or give --table");
    }
    System.out.println(measure(population, actors, warmup).toLine());
  }

  /** Measures {@code actors} actors of population {@code name} after {@code warmup} more, as the class comment says. */
  static ScaleResult measure(String name, int actors, int warmup) throws Exception {
    int end = warmup + actors;
    ScalePopulation measured = ScalePopulation.create(name, end);
    try {
      measured.spawn(0, warmup);
      measured.touch(0, warmup);
      measured.use(0, warmup);

      long before = usedHeapAfterGc();
      long start = System.nanoTime();
      measured.spawn(warmup, end);
      long spawnNanos = System.nanoTime() - start;
      long idle = usedHeapAfterGc();

      int touched = measured.touch(warmup, end);
      if (touched != actors) {
        throw new IllegalStateException(touched + " of " + actors + " " + name + " actors answered one ask");
      }
      long afterTouch = usedHeapAfterGc();

      start = System.nanoTime();
      int answered = measured.use(warmup, end);
      long useNanos = System.nanoTime() - start;
      long afterUse = usedHeapAfterGc();

      return new ScaleResult(name, actors, perActor(idle - before, actors),
          perActor(afterTouch - idle, actors), perActor(afterUse - afterTouch, actors), spawnNanos / 1e6,
          (double) useNanos / ((long) actors * measured.messagesPerUse()), answered, measured.describeUse());
    } finally {
      measured.stop();
    }
  }

  private static double perActor(long bytes, int actors) {
    return (double) bytes / actors;
  }

  /** Heap used after full collections, once two readings in a row are within {@value #AGREE_BYTES} bytes. */
  private static long usedHeapAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long previous = Long.MIN_VALUE;
    for (int collection = 0; collection < MAX_COLLECTIONS; collection++) {
      System.gc();
      Thread.sleep(50);
      long used = memory.getHeapMemoryUsage().getUsed();
      if (Math.abs(used - previous) <= AGREE_BYTES) {
        return used;
      }
      previous = used;
    }
    return previous;
  }
}
