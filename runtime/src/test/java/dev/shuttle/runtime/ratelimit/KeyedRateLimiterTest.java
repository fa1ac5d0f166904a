package dev.shuttle.runtime.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.testing.FakeTicker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class KeyedRateLimiterTest {
  private static final long MILLI = 1_000_000L;

  @Test
  void eachKeyHasItsOwnBucket() {
    FakeTicker ticker = new FakeTicker(0);
    KeyedRateLimiter keyed = new KeyedRateLimiter(RateLimit.of(1, 1, TimeUnit.SECONDS).withBurst(2), ticker);
    assertSame(keyed.forKey("alice"), keyed.forKey("alice"));
    assertTrue(keyed.forKey("alice").tryAcquire());
    assertTrue(keyed.forKey("alice").tryAcquire());
    assertFalse(keyed.forKey("alice").tryAcquire());
    assertTrue(keyed.forKey("bob").tryAcquire());
    assertEquals(2, keyed.size());
    RateLimiterStats stats = keyed.forKey("bob").stats();
    assertEquals(3, stats.granted(), "counters are the keyed limiter's, all keys together");
    assertEquals(1, stats.availablePermits(), "available permits are the key's own");
  }

  @Test
  void aNullKeyIsRefusedClearly() {
    KeyedRateLimiter keyed = new KeyedRateLimiter(RateLimit.perSecond(10), new FakeTicker(0), "Api.call");
    NullPointerException e = assertThrows(NullPointerException.class, () -> keyed.forKey(null));
    assertEquals("The rate-limit key must not be null (Api.call): the @RateLimited.Key parameter picks the "
        + "bucket; pass a non-null value", e.getMessage());
  }

  @Test
  void aRefusalDoesNotPrintTheKey() {
    KeyedRateLimiter keyed = new KeyedRateLimiter(RateLimit.of(1, 1, TimeUnit.SECONDS), new FakeTicker(0), "Api.call");
    keyed.forKey("secret-token").acquire();
    RateLimitExceededException e = assertThrows(RateLimitExceededException.class,
        () -> keyed.forKey("secret-token").tryAcquireOrFail());
    assertEquals("Rate limit 1 per 1 s (burst 1) exceeded for Api.call, one bucket per key: next permit in 1.0 s",
        e.getMessage());
  }

  @Test
  void aMillionDistinctKeysKeepTheMapBounded() {
    FakeTicker ticker = new FakeTicker(0);
    // 10 per second, burst 3: a bucket that gave two permits is full again 200 ms later.
    KeyedRateLimiter keyed = new KeyedRateLimiter(RateLimit.of(10, 1, TimeUnit.SECONDS).withBurst(3), ticker);
    int maxSize = 0;
    for (int i = 0; i < 1_000_000; i++) {
      RateLimiter bucket = keyed.forKey(i);
      assertTrue(bucket.tryAcquire());
      assertTrue(bucket.tryAcquire());
      ticker.advance(MILLI / 4); // so 800 buckets (the last 200 ms) are not full at any time
      maxSize = Math.max(maxSize, keyed.size());
    }
    // A sweep keeps the ~800 not yet full and sweeps again at twice that.
    assertTrue(maxSize <= 2 * 801 + 2, "the map grew to " + maxSize + " buckets");
  }

  @Test
  void anEvictedBucketHeldByACallerSendsItToTheKeysLiveBucket() {
    FakeTicker ticker = new FakeTicker(0);
    KeyedRateLimiter keyed = new KeyedRateLimiter(RateLimit.of(1, 1, TimeUnit.SECONDS), ticker);
    RateLimiter held = keyed.forKey("k");
    ticker.advance(TimeUnit.SECONDS.toNanos(1));
    for (int i = 0; i < KeyedRateLimiter.MIN_SWEEP_SIZE + 1; i++) {
      keyed.forKey(i); // the insert after the map reaches MIN_SWEEP_SIZE sweeps it
    }
    assertTrue(held.isRetired(), "the full bucket of k was swept");
    assertTrue(held.tryAcquire(), "the call went on to k's new bucket");
    RateLimiter live = keyed.forKey("k");
    assertNotSame(held, live);
    assertFalse(live.tryAcquire(), "the new bucket has the permit the held one took");
    assertFalse(held.tryAcquire());
    assertEquals(1_000_000_000L,
        assertThrows(RateLimitExceededException.class, held::tryAcquireOrFail).waitNanos());
  }

  /** Many keys, so sweeps evict and recreate buckets all along: every key still matches the reference. */
  @Test
  void evictionNeverChangesWhatAKeySees() {
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 12; round++) {
      RateLimit limit = RateLimiterPropertyTest.randomLimit(random);
      long start = random.nextLong();
      FakeTicker ticker = new FakeTicker(start);
      KeyedRateLimiter keyed = new KeyedRateLimiter(limit, ticker);
      Map<Integer, RateLimiterPropertyTest.Reference> references = new HashMap<>();
      double interval = (double) limit.periodNanos() / limit.permits();
      int keys = 3000;
      for (int i = 0; i < 20_000; i++) {
        // a few hot keys, many cold ones
        int key = random.nextInt(8) == 0 ? random.nextInt(3) : random.nextInt(keys);
        ticker.advance(RateLimiterPropertyTest.randomGap(random, interval / 50, limit.burst()));
        long now = ticker.now();
        RateLimiterPropertyTest.Reference reference =
            references.computeIfAbsent(key, k -> new RateLimiterPropertyTest.Reference(limit, start));
        long due = reference.earliestDue(now);
        long expectedWait = RateLimiterPropertyTest.ceilDiv(due, limit.permits()) - (now - start);
        boolean granted = keyed.forKey(key).tryAcquire();
        assertEquals(expectedWait == 0, granted, limit + ", round " + round + ", call " + i + ", key " + key);
        if (granted) {
          reference.grant(due);
        }
      }
      assertTrue(keyed.size() < keys, "buckets were evicted: " + keyed.size());
    }
  }

  /** Threads share hot keys while cold keys force sweeps that race with them. */
  @Test
  void racingSweepsNeverGrantAHotKeyTooMuch() throws Exception {
    SplittableRandom seeds = new SplittableRandom(11);
    for (int round = 0; round < 10; round++) {
      long seed = seeds.nextLong();
      // Hot buckets are often full again by their next call, so sweeps race with their grants.
      RateLimit limit = new RateLimit(1 + seeds.nextInt(2), 20 + seeds.nextInt(400), 1 + seeds.nextInt(2));
      FakeTicker ticker = new FakeTicker(seed);
      KeyedRateLimiter keyed = new KeyedRateLimiter(limit, ticker);
      Map<Integer, WindowChecker> hot = new ConcurrentHashMap<>();
      for (int k = 0; k < 3; k++) {
        hot.put(k, new WindowChecker(limit, seed));
      }
      int threads = 3;
      CyclicBarrier go = new CyclicBarrier(threads);
      AtomicReference<Throwable> failure = new AtomicReference<>();
      List<Thread> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long threadSeed = seeds.nextLong();
        int id = t;
        Thread thread = new Thread(() -> {
          try {
            SplittableRandom r = new SplittableRandom(threadSeed);
            go.await();
            for (int i = 0; i < 10_000; i++) {
              if (id == 0 && r.nextInt(3) == 0) {
                ticker.advance(r.nextInt(200));
              }
              if (r.nextBoolean()) {
                int key = r.nextInt(3);
                RateLimiter bucket = keyed.forKey(key);
                if (r.nextInt(4) == 0) {
                  Thread.yield(); // hold the bucket a while: a sweep may retire it meanwhile
                }
                if (bucket.tryAcquire()) {
                  hot.get(key).exact(ticker.lastRead());
                }
              } else {
                keyed.forKey(1000 + r.nextInt(1_000_000)).tryAcquire();
              }
            }
          } catch (Throwable e) {
            failure.compareAndSet(null, e);
          }
        });
        thread.start();
        running.add(thread);
      }
      for (Thread thread : running) {
        thread.join(TimeUnit.SECONDS.toMillis(60));
      }
      if (failure.get() != null) {
        throw new AssertionError("seed " + seed, failure.get());
      }
      for (Map.Entry<Integer, WindowChecker> entry : hot.entrySet()) {
        assertTrue(entry.getValue().size() > 0);
        entry.getValue().check("seed " + seed + ", " + limit + ", hot key " + entry.getKey());
      }
    }
  }
}
