package dev.cvp.cpu.strategy;

import dev.cvp.cpu.kernel.Kernel;
import java.util.stream.IntStream;

/**
 * The one-line way: {@code IntStream.range(0, tasks).parallel()}. The stream splits the range and
 * runs the pieces on the common {@link java.util.concurrent.ForkJoinPool} (its workers plus the
 * calling thread), so it is work stealing without writing any of it. It owns no threads.
 */
final class ParallelStreamStrategy implements Strategy {

    @Override
    public String name() {
        return Strategies.PARALLEL_STREAM;
    }

    @Override
    public long run(Kernel kernel) {
        try {
            return IntStream.range(0, kernel.tasks()).parallel().mapToLong(kernel::computeTask).sum();
        } catch (RuntimeException | Error e) {
            throw ForkJoinCopies.rethrowOriginal(e);
        }
    }
}
