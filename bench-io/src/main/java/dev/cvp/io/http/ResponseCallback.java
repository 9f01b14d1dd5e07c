package dev.cvp.io.http;

/** Where the event-loop client delivers a response, on the loop thread. Implementations must not throw. */
public interface ResponseCallback {

    /** The whole response arrived. */
    void completed(ParsedResponse response);

    /** The exchange failed; the connection has been closed. */
    void failed(Exception error);
}
