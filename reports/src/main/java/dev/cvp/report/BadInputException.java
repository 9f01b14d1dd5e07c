package dev.cvp.report;

/** Arguments the report tool cannot use (exit 2), such as a bad {@code -o}: the message is the one line the user sees. */
public final class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
