package dev.shuttle.benchmarks.pipeline;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.EventTranslatorOneArg;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import com.lmax.disruptor.util.DaemonThreadFactory;

/** The same three stages on the LMAX Disruptor: three chained handlers, blocking wait strategy. */
final class DisruptorPipeline {
  private static final EventTranslatorOneArg<Slot, Item> PUBLISH = (slot, sequence, item) -> slot.item = item;

  private final Disruptor<Slot> disruptor;
  private final RingBuffer<Slot> ring;

  DisruptorPipeline(Work.Sink sink) {
    disruptor = new Disruptor<>(Slot::new, PipelineBenchmark.BOUND, DaemonThreadFactory.INSTANCE,
        ProducerType.SINGLE, new BlockingWaitStrategy());
    disruptor.handleEventsWith((Slot slot, long sequence, boolean endOfBatch) -> Work.first(slot.item))
        .then((Slot slot, long sequence, boolean endOfBatch) -> Work.second(slot.item))
        .then((Slot slot, long sequence, boolean endOfBatch) -> sink.accept(slot.item));
    ring = disruptor.start();
  }

  void submit(Item item) {
    ring.publishEvent(PUBLISH, item);
  }

  void stop() {
    disruptor.halt();
  }

  /** A ring slot: the Disruptor preallocates them and reuses them. */
  static final class Slot {
    Item item;
  }
}
