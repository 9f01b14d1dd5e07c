package dev.cvp.cpu.strategy;

import dev.cvp.support.task.Failures;

/**
 * A {@link java.util.concurrent.ForkJoinTask} joined on another thread than the one that failed
 * rethrows a copy of the task's exception (same class, the original as its cause), so that the
 * stack trace shows the join. The one failure behaviour wants the task's own exception: this
 * throws the original instead.
 */
final class ForkJoinCopies {

    private ForkJoinCopies() {
    }

    /**
     * Throws the task's own exception behind {@code thrown} (or {@code thrown} itself); never returns.
     * A failure that crossed threads twice (a subtask joined in a worker, then the root task joined
     * by the caller) is a copy of a copy, so it follows the causes of the same class to the first.
     */
    static RuntimeException rethrowOriginal(Throwable thrown) {
        Throwable original = thrown;
        while (original.getCause() != null && original.getCause().getClass() == original.getClass()) {
            original = original.getCause();
        }
        throw Failures.<RuntimeException>rethrow(original);
    }
}
