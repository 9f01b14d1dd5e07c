package dev.cvp.io.strategy;

/** Turns what a task threw into what {@link Strategy#run} throws, without wrapping it again. */
final class Failures {

    private Failures() {
    }

    /** Errors are rethrown as they are; checked and unchecked exceptions are returned for the caller to throw. */
    static Exception unwrap(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return (Exception) failure;
    }
}
