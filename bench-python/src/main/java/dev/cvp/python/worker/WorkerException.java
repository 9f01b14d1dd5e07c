package dev.cvp.python.worker;

import java.io.IOException;

/** The worker could not start, died, or answered a request with an error; the message says which, in one line. */
public final class WorkerException extends IOException {

    private static final long serialVersionUID = 1L;

    WorkerException(String message) {
        super(message);
    }
}
