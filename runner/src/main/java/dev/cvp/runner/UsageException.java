package dev.cvp.runner;

/** A bad argument (exit 2, usage printed, nothing written): the message is the one line shown. */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
