package dev.cvp.cpu.strategy;

import dev.cvp.cpu.kernel.Kernel;
import dev.cvp.support.Shutdown;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.RejectedExecutionException;

/**
 * Work stealing: a {@link ForkJoinPool} with one worker per core splits the range of tasks in
 * halves until single tasks remain. Each worker works on its own deque; an idle worker steals the
 * oldest (largest) pending half from a busy one, so uneven tasks (primes) still keep every core busy.
 */
final class ForkJoinStrategy implements Strategy {

    private final ForkJoinPool pool;

    ForkJoinStrategy(int parallelism) {
        this.pool = new ForkJoinPool(parallelism);
    }

    @Override
    public String name() {
        return Strategies.FORK_JOIN;
    }

    @Override
    public long run(Kernel kernel) {
        try {
            return pool.invoke(new TaskRange(kernel, 0, kernel.tasks()));
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException(Strategies.FORK_JOIN + ": closed", e);
        } catch (RuntimeException | Error e) {
            throw ForkJoinCopies.rethrowOriginal(e);
        }
    }

    @Override
    public void close() {
        Shutdown.stop(Strategies.FORK_JOIN, pool);
    }

    /** Tasks {@code [from, to)} of one kernel: split in halves, fork one, compute the other. */
    private static final class TaskRange extends RecursiveTask<Long> {

        private static final long serialVersionUID = 1L;

        private final transient Kernel kernel;
        private final int from;
        private final int to;

        TaskRange(Kernel kernel, int from, int to) {
            this.kernel = kernel;
            this.from = from;
            this.to = to;
        }

        @Override
        protected Long compute() {
            if (to - from == 1) {
                return kernel.computeTask(from);
            }
            int middle = (from + to) >>> 1;
            TaskRange left = new TaskRange(kernel, from, middle);
            left.fork();
            long right = new TaskRange(kernel, middle, to).compute();
            return right + left.join();
        }
    }
}
