package dev.shuttle.benchmarks.pipeline;

import dev.shuttle.runtime.queue.BoundedQueue;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import org.jctools.queues.MpmcArrayQueue;
import org.jctools.queues.MpscArrayQueue;
import org.jctools.queues.SpscArrayQueue;

/**
 * Non-blocking offer and poll over the runtime's queues and their peers. Each JMH fork uses one
 * implementation only, so calls through it stay monomorphic (inlined).
 */
interface Channel {
  int CAPACITY = 1024;

  boolean offer(Object item);

  Object poll();

  /** The queues compared, by the names the benchmarks' {@code @Param}s use. */
  static Channel create(String queue) {
    return switch (queue) {
      case "shuttleSpsc" -> of(BoundedQueue.spsc(CAPACITY));
      case "shuttleMpsc" -> of(BoundedQueue.mpsc(CAPACITY));
      case "shuttleMpmc" -> of(BoundedQueue.mpmc(CAPACITY));
      case "jctoolsSpsc" -> of(new SpscArrayQueue<>(CAPACITY));
      case "jctoolsMpsc" -> of(new MpscArrayQueue<>(CAPACITY));
      case "jctoolsMpmc" -> of(new MpmcArrayQueue<>(CAPACITY));
      case "arrayBlockingQueue" -> of(new ArrayBlockingQueue<>(CAPACITY));
      default -> throw new IllegalArgumentException(queue);
    };
  }

  private static Channel of(BoundedQueue<Object> queue) {
    return new Channel() {
      @Override
      public boolean offer(Object item) {
        return queue.offer(item);
      }

      @Override
      public Object poll() {
        return queue.poll();
      }
    };
  }

  private static Channel of(Queue<Object> queue) {
    return new Channel() {
      @Override
      public boolean offer(Object item) {
        return queue.offer(item);
      }

      @Override
      public Object poll() {
        return queue.poll();
      }
    };
  }
}
