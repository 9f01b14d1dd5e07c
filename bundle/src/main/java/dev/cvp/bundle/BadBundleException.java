package dev.cvp.bundle;

/** A folder or file that cannot be used at all: the message is the one line a user sees. */
public final class BadBundleException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadBundleException(String message) {
        super(message);
    }

    public BadBundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
