package dev.cvp.runner;

/** The run cannot go on (no disk space, an unusable --resume target...): one line and an exit code. */
public final class RunnerException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public RunnerException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
