package dev.cvp.support.task;

/** The one failure behaviour: what a task threw reaches the caller as itself, never wrapped. */
public final class Failures {

    private Failures() {
    }

    /**
     * Throws {@code failure} if it is unchecked (an {@link Error} or a {@link RuntimeException});
     * otherwise returns it, typed as the checked exception the task declared, for the caller to
     * throw: {@code throw Failures.rethrow(failure);}.
     */
    @SuppressWarnings("unchecked")
    public static <X extends Exception> X rethrow(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        return (X) failure;
    }
}
