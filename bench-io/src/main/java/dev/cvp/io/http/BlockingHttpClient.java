package dev.cvp.io.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The plainest HTTP client: a thread writes the request to a socket, then blocks in
 * {@code read} until the response is there. On a platform thread, the OS thread sleeps in the
 * kernel for the whole wait; on a virtual thread, the JDK parks the virtual thread and frees its
 * carrier for other work, which is why the same code scales to 10,000 waits on virtual threads.
 *
 * <p>Connections are kept alive and reused (HTTP/1.1 keep-alive): a thread takes an idle
 * connection or opens one, and gives it back after the response. So the number of open
 * connections settles at the most requests ever in flight at once (1 for sequential, N for a
 * pool of N, the task count for a thread per task) and stays there across operations: no
 * connection churn, no ports left in TIME_WAIT. Safe for any number of threads.
 */
public final class BlockingHttpClient implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final int READ_TIMEOUT_MILLIS = 60_000;

    private final InetSocketAddress server;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger open = new AtomicInteger();
    private volatile boolean closed;

    public BlockingHttpClient(InetSocketAddress server) {
        this.server = server;
    }

    /** Fetches page {@code page}, blocking the calling thread until the whole response is in. */
    public ParsedResponse get(int page) throws IOException {
        if (closed) {
            throw new IOException("client is closed");
        }
        Connection connection = idle.pollFirst();
        if (connection == null) {
            connection = new Connection(server);
            open.incrementAndGet();
        }
        boolean reusable = false;
        try {
            ParsedResponse response = connection.exchange(PageRequest.bytes(page, server));
            reusable = true;
            return response;
        } finally {
            if (reusable && !closed) {
                idle.addFirst(connection);
            } else {
                connection.close();
                open.decrementAndGet();
            }
        }
    }

    /** Connections open now (idle or in use). */
    public int openConnections() {
        return open.get();
    }

    /** Closes the idle connections; call when no request is running. */
    @Override
    public void close() {
        closed = true;
        for (Connection connection; (connection = idle.pollFirst()) != null; ) {
            connection.close();
            open.decrementAndGet();
        }
    }

    /** One keep-alive socket with its read buffer and parser. */
    private static final class Connection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final byte[] buffer = new byte[8 * 1024];
        private final ResponseParser parser = new ResponseParser();

        Connection(InetSocketAddress server) throws IOException {
            socket = new Socket();
            try {
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(READ_TIMEOUT_MILLIS);
                socket.connect(server, CONNECT_TIMEOUT_MILLIS);
                in = socket.getInputStream();
                out = socket.getOutputStream();
            } catch (IOException e) {
                socket.close();
                throw e;
            }
        }

        ParsedResponse exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            while (true) {
                int n = in.read(buffer);
                if (n < 0) {
                    throw new EOFException("server closed the connection before the response was complete");
                }
                ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, n);
                if (parser.feed(bytes)) {
                    if (bytes.hasRemaining()) {
                        throw new ProtocolException("server sent bytes after the response");
                    }
                    return parser.take();
                }
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing to release beyond the descriptor the close already dropped
            }
        }
    }
}
