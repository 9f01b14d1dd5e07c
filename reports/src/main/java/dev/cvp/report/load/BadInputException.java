package dev.cvp.report.load;

/** Input the report tool cannot use at all (exit 2): the message is the one line the user sees. */
public final class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
