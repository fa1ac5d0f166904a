package dev.shuttle.processor;

import com.palantir.javapoet.ClassName;

/**
 * Every runtime type that generated code names, in one place (as Dagger's {@code TypeNames}): the
 * processor does not depend on the runtime, so these are the only spellings of its packages.
 */
public final class RuntimeNames {
  private RuntimeNames() {}

  private static final String RUNTIME = "dev.shuttle.runtime";
  private static final String ACTOR = RUNTIME + ".actor";
  private static final String PIPELINE = RUNTIME + ".pipeline";
  private static final String QUEUE = RUNTIME + ".queue";
  private static final String PHASED = RUNTIME + ".phased";
  private static final String POOL = RUNTIME + ".pool";
  private static final String RATELIMIT = RUNTIME + ".ratelimit";
  private static final String READMOSTLY = RUNTIME + ".readmostly";

  public static final ClassName WAIT_INTERRUPTED_EXCEPTION = ClassName.get(RUNTIME, "WaitInterruptedException");

  public static final ClassName ACTOR_CELL = ClassName.get(ACTOR, "ActorCell");
  public static final ClassName ACTOR_MESSAGE = ClassName.get(ACTOR, "ActorMessage");
  public static final ClassName ASK_MESSAGE = ClassName.get(ACTOR, "AskMessage");
  public static final ClassName ACTOR_SETTINGS = ClassName.get(ACTOR, "ActorSettings");
  public static final ClassName ACTOR_STATS = ClassName.get(ACTOR, "ActorStats");
  public static final ClassName ACTORS = ClassName.get(ACTOR, "Actors");

  public static final ClassName PIPELINE_ENGINE = ClassName.get(PIPELINE, "PipelineEngine");
  public static final ClassName PIPELINE_STAGE = ClassName.get(PIPELINE, "PipelineStage");
  public static final ClassName PIPELINE_SIZES = ClassName.get(PIPELINE, "PipelineSizes");
  public static final ClassName PIPELINE_STATS = ClassName.get(PIPELINE, "PipelineStats");
  public static final ClassName WORKER_THREADS = ClassName.get(PIPELINE, "WorkerThreads");

  public static final ClassName PHASED_PARTIES = ClassName.get(PHASED, "PhasedParties");
  public static final ClassName PHASE_BARRIER = ClassName.get(PHASED, "PhaseBarrier");

  public static final ClassName TASK_POOL = ClassName.get(POOL, "TaskPool");
  public static final ClassName TASK_POOLS = ClassName.get(POOL, "TaskPools");
  public static final ClassName POOL_SPEC = ClassName.get(POOL, "PoolSpec");
  public static final ClassName RACE = ClassName.get(POOL, "Race");
  public static final ClassName RACE_SETTINGS = ClassName.get(POOL, "RaceSettings");
  public static final ClassName FORK_JOINS = ClassName.get(POOL, "ForkJoins");

  public static final ClassName RATE_LIMIT = ClassName.get(RATELIMIT, "RateLimit");
  public static final ClassName RATE_LIMITER = ClassName.get(RATELIMIT, "RateLimiter");
  public static final ClassName KEYED_RATE_LIMITER = ClassName.get(RATELIMIT, "KeyedRateLimiter");
  public static final ClassName RATE_LIMITERS = ClassName.get(RATELIMIT, "RateLimiters");
  public static final ClassName RATE_LIMIT_EXCEEDED = ClassName.get(RATELIMIT, "RateLimitExceededException");

  public static final ClassName READ_MOSTLY_LOCK = ClassName.get(READMOSTLY, "ReadMostlyLock");
  public static final ClassName READ_MOSTLY_HOLD = ClassName.get(READMOSTLY, "ReadMostlyHold");
}
