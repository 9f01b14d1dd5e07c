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

    /** Throws the task's own exception behind {@code thrown} (or {@code thrown} itself); never returns. */
    static RuntimeException rethrowOriginal(Throwable thrown) {
        Throwable cause = thrown.getCause();
        throw Failures.<RuntimeException>rethrow(cause != null && cause.getClass() == thrown.getClass() ? cause : thrown);
    }
}
