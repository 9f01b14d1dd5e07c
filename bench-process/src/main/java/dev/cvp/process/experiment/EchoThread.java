package dev.cvp.process.experiment;

import java.util.concurrent.SynchronousQueue;
import java.time.Duration;
import java.util.concurrent.ThreadFactory;

/**
 * A thread that answers every value handed to it with that value plus one: the thread-side twin of
 * an {@code echo} worker process.
 *
 * <p>The hand-over goes through two {@link SynchronousQueue}s, which have no capacity: a put waits
 * until the other thread takes. So one round-trip is two hand-overs between threads that share the
 * same heap; nothing is copied or serialized, only a reference to a {@code Long} changes hands.
 */
public final class EchoThread implements AutoCloseable {

    private final SynchronousQueue<Long> requests = new SynchronousQueue<>();
    private final SynchronousQueue<Long> answers = new SynchronousQueue<>();
    private final Thread thread;

    /** Starts the echo thread from {@code factory} (platform or virtual). */
    public EchoThread(ThreadFactory factory) {
        this.thread = factory.newThread(this::serve);
        thread.start();
    }

    private void serve() {
        try {
            while (true) {
                answers.put(requests.take() + 1);
            }
        } catch (InterruptedException stop) {
            // close() asked the thread to end
        }
    }

    /** Hands {@code value} to the echo thread and waits for its answer. */
    public long echo(long value) throws InterruptedException {
        requests.put(value);
        return answers.take();
    }

    /** Stops the echo thread and waits (a bounded time) until it has ended. */
    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        if (!thread.join(Duration.ofSeconds(10))) {
            throw new IllegalStateException("echo thread did not stop within 10 s");
        }
    }
}
