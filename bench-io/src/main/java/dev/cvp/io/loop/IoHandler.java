package dev.cvp.io.loop;

import java.nio.channels.SelectionKey;

/** What an {@link EventLoop} calls when a channel registered with it is ready, or its handling failed. */
public interface IoHandler {

    /**
     * The channel of {@code key} is ready for at least one of the operations it is registered for.
     * Runs on the loop thread and must not block.
     */
    void ready(SelectionKey key) throws Exception;

    /** {@link #ready} threw; the handler closes what it owns and reports the error onward. */
    void failed(Exception error);
}
