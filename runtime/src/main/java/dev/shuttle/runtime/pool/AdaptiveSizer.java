package dev.shuttle.runtime.pool;


/**
 * The {@code ADAPTIVE} sizing ("profile under load"): from the CPU and wall time of the tasks a
 * pool runs, it estimates the wait ratio {@code W/C} and moves the pool's size toward
 * {@code cores × (1 + W/C)}, between {@code min} and {@code max}.
 *
 * <p>It decides once per {@link #WINDOW} tasks, from those tasks' totals, and moves half way to
 * the target each time (at least one thread): a window of unusual tasks moves the size a little,
 * a lasting change moves it all the way in a few windows. The arithmetic is exact and
 * single-threaded (under this object's lock, taken once per task), so a test that feeds it
 * measurements sees exactly the sizes it computes.
 */
final class AdaptiveSizer {
  /** Tasks per decision. */
  static final int WINDOW = 32;

  private final TaskClock clock;
  private final int cores;
  private final int min;
  private final int max;

  // Guarded by this.
  private int size;
  private int samples;
  private long cpuNanos;
  private long wallNanos;
  private double lastWaitRatio = Double.NaN;

  AdaptiveSizer(TaskClock clock, int cores, int min, int max, int initial) {
    this.clock = clock;
    this.cores = cores;
    this.min = Math.min(min, max);
    this.max = max;
    this.size = Math.max(this.min, Math.min(initial, max));
  }

  /** Notes where the task the calling worker is about to run starts. */
  void started(PoolThread worker) {
    worker.taskCpuStart = clock.threadCpuNanos();
    worker.taskWallStart = clock.nanoTime();
  }

  /**
   * Measures the task the calling worker just ran.
   *
   * @return the size the pool should have from now on, or 0 to keep its size
   */
  int finished(PoolThread worker) {
    return record(clock.threadCpuNanos() - worker.taskCpuStart, clock.nanoTime() - worker.taskWallStart);
  }

  /** @return the new size, or 0 to keep the size */
  synchronized int record(long taskCpuNanos, long taskWallNanos) {
    long cpu = Math.max(0, taskCpuNanos);
    cpuNanos += cpu;
    wallNanos += Math.max(cpu, taskWallNanos); // a clock's jitter never makes waiting negative
    if (++samples < WINDOW) {
      return 0;
    }
    lastWaitRatio = cpuNanos == 0 ? Double.POSITIVE_INFINITY : (double) (wallNanos - cpuNanos) / cpuNanos;
    samples = 0;
    cpuNanos = 0;
    wallNanos = 0;
    int target = target(lastWaitRatio);
    if (target == size) {
      return 0;
    }
    int step = (target - size) / 2;
    size += step != 0 ? step : Integer.signum(target - size);
    return size;
  }

  /** {@code cores × (1 + waitRatio)} within the bounds. */
  int target(double waitRatio) {
    double ideal = Math.ceil(cores * (1 + waitRatio));
    return (int) Math.max(min, Math.min(max, ideal));
  }

  synchronized int size() {
    return size;
  }

  /** The wait ratio measured over the last full window; NaN before the first. */
  synchronized double lastWaitRatio() {
    return lastWaitRatio;
  }
}
