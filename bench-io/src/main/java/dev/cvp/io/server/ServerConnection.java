package dev.cvp.io.server;

import dev.cvp.io.loop.EventLoop;
import dev.cvp.io.loop.IoHandler;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * One accepted keep-alive connection of the latency server, driven by its {@link EventLoop}.
 *
 * <p>Read a request head; stop reading; put the response on the loop's timer queue for
 * {@code delay} later; when the timer fires, write it; then read the next request. While a
 * request waits, the connection costs a timer entry and a buffer, but no thread: that is why
 * one loop thread can keep thousands of requests waiting at once.
 */
final class ServerConnection implements IoHandler {

    private static final int MAX_HEAD_BYTES = 16 * 1024;
    private static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};
    private static final String PAGE_PREFIX = "/page/";
    private static final String CONNECTION_CLOSE = "connection: close";

    private final SocketChannel channel;
    private final EventLoop loop;
    private final PageResponse responses;
    private final LatencyServer server;
    private ByteBuffer in = ByteBuffer.allocate(1024);
    private ByteBuffer out;
    private SelectionKey key;
    private boolean waiting;
    private boolean closeAfterWrite;

    ServerConnection(SocketChannel channel, EventLoop loop, PageResponse responses, LatencyServer server) {
        this.channel = channel;
        this.loop = loop;
        this.responses = responses;
        this.server = server;
    }

    /** Starts reading; call on the loop thread. */
    void start() throws IOException {
        key = loop.register(channel, SelectionKey.OP_READ, this);
    }

    @Override
    public void ready(SelectionKey readyKey) throws IOException {
        if (readyKey.isWritable()) {
            writeSome();
        } else if (readyKey.isReadable()) {
            if (channel.read(in) < 0) {
                close();
                return;
            }
            takeRequest();
        }
    }

    @Override
    public void failed(Exception error) {
        close();
    }

    /** If a whole request head has arrived, queue its response for later; else keep reading. */
    private void takeRequest() {
        int end = indexOfHeadEnd();
        if (end < 0) {
            if (!in.hasRemaining()) {
                if (in.capacity() >= MAX_HEAD_BYTES) {
                    reject(431, "Request Header Fields Too Large");
                    return;
                }
                in = ByteBuffer.allocate(in.capacity() * 2).put(in.flip());
            }
            return;
        }
        String head = new String(in.array(), 0, end, StandardCharsets.ISO_8859_1);
        in.flip().position(end);
        in.compact();
        int page = pageOf(head);
        if (page < 0) {
            reject(404, "Not Found");
            return;
        }
        closeAfterWrite = asksToClose(head);
        key.interestOps(0);
        waiting = true;
        server.requestArrived();
        loop.schedule(server.delayNanos(), () -> respond(page));
    }

    /** The delay is over: count the request as answered (before the client can see the answer), then send it. */
    private void respond(int page) {
        if (!channel.isOpen()) {
            return;
        }
        waiting = false;
        server.responseSent();
        send(responses.ok(page, System.currentTimeMillis()));
    }

    private void reject(int status, String reason) {
        closeAfterWrite = true;
        send(responses.error(status, reason, System.currentTimeMillis()));
    }

    private void send(byte[] response) {
        out = ByteBuffer.wrap(response);
        try {
            writeSome();
        } catch (IOException e) {
            close();
        }
    }

    private void writeSome() throws IOException {
        channel.write(out);
        if (out.hasRemaining()) {
            key.interestOps(SelectionKey.OP_WRITE);
            return;
        }
        out = null;
        if (closeAfterWrite) {
            close();
            return;
        }
        key.interestOps(SelectionKey.OP_READ);
        if (in.position() > 0) {
            takeRequest();
        }
    }

    /** The page number of {@code GET /page/N HTTP/1.1}, or -1 for any other request. */
    static int pageOf(String head) {
        int lineEnd = head.indexOf("\r\n");
        String[] parts = (lineEnd < 0 ? head : head.substring(0, lineEnd)).split(" ");
        if (parts.length != 3 || !parts[0].equals("GET") || !parts[2].startsWith("HTTP/1.")
                || !parts[1].startsWith(PAGE_PREFIX)) {
            return -1;
        }
        try {
            int page = Integer.parseInt(parts[1].substring(PAGE_PREFIX.length()));
            return page >= 0 ? page : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Whether the request head has a {@code Connection: close} header (names and values ignore case). */
    static boolean asksToClose(String head) {
        for (int i = head.indexOf("\r\n"); i >= 0; i = head.indexOf("\r\n", i + 2)) {
            if (head.regionMatches(true, i + 2, CONNECTION_CLOSE, 0, CONNECTION_CLOSE.length())) {
                return true;
            }
        }
        return false;
    }

    /** Index just past the first blank line (end of the request head) in the bytes read so far, or -1. */
    private int indexOfHeadEnd() {
        byte[] bytes = in.array();
        int limit = in.position() - HEAD_END.length;
        outer:
        for (int i = 0; i <= limit; i++) {
            for (int j = 0; j < HEAD_END.length; j++) {
                if (bytes[i + j] != HEAD_END[j]) {
                    continue outer;
                }
            }
            return i + HEAD_END.length;
        }
        return -1;
    }

    private void close() {
        if (waiting) {
            waiting = false;
            server.requestAbandoned();
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing a socket the peer already dropped; nothing left to release
        }
    }
}
