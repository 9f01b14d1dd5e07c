package dev.cvp.io.http;

import dev.cvp.io.loop.EventLoop;
import dev.cvp.io.loop.IoHandler;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;

/**
 * An HTTP client for one {@link EventLoop}: non-blocking sockets whose readiness the loop's
 * selector reports. Starting a request costs a write and a registration; then the loop is free
 * for other work until the selector says the response bytes are there. This is what asyncio's
 * transports do underneath {@code await reader.read()}.
 *
 * <p>Connections are kept alive and reused, like {@link BlockingHttpClient}'s. Not thread-safe:
 * every call belongs to the thread running the loop the connections were registered with.
 */
public final class LoopHttpClient implements AutoCloseable {

    private final InetSocketAddress server;
    private final ArrayDeque<Exchange> idle = new ArrayDeque<>();
    private EventLoop boundLoop;
    private int open;

    public LoopHttpClient(InetSocketAddress server) {
        this.server = server;
    }

    /**
     * Starts fetching page {@code page}; {@code callback} runs on the loop thread when the response
     * is in (or the exchange failed). Returns at once.
     */
    public void get(EventLoop loop, int page, ResponseCallback callback) {
        if (boundLoop == null) {
            boundLoop = loop;
        } else if (boundLoop != loop) {
            throw new IllegalStateException("this client's connections belong to another event loop");
        }
        Exchange exchange = idle.pollFirst();
        if (exchange == null) {
            try {
                exchange = new Exchange(loop);
            } catch (IOException | RuntimeException e) {
                callback.failed(e);
                return;
            }
            open++;
        }
        exchange.start(page, callback);
    }

    /** Connections open now (idle or in use). */
    public int openConnections() {
        return open;
    }

    /** Closes the idle connections; call when no request is running, on the loop thread or after the loop stopped. */
    @Override
    public void close() {
        for (Exchange exchange; (exchange = idle.pollFirst()) != null; ) {
            exchange.close();
        }
    }

    /** One keep-alive connection: write the request, then read until the parser has a response. */
    private final class Exchange implements IoHandler {
        private final SocketChannel channel;
        private final SelectionKey key;
        private final ByteBuffer in = ByteBuffer.allocate(8 * 1024);
        private final ResponseParser parser = new ResponseParser();
        private ByteBuffer out;
        private int page;
        private ResponseCallback callback;

        Exchange(EventLoop loop) throws IOException {
            channel = SocketChannel.open();
            try {
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                boolean connected = channel.connect(server);
                key = loop.register(channel, connected ? 0 : SelectionKey.OP_CONNECT, this);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }

        void start(int page, ResponseCallback callback) {
            this.page = page;
            this.callback = callback;
            this.out = ByteBuffer.wrap(PageRequest.bytes(page, server));
            try {
                if (channel.isConnected()) {
                    writeSome();
                }
            } catch (IOException | RuntimeException e) {
                failed(e);
            }
        }

        @Override
        public void ready(SelectionKey readyKey) throws IOException {
            if (readyKey.isConnectable()) {
                if (channel.finishConnect()) {
                    writeSome();
                }
            } else if (readyKey.isWritable()) {
                writeSome();
            } else if (readyKey.isReadable()) {
                readSome();
            }
        }

        private void writeSome() throws IOException {
            channel.write(out);
            key.interestOps(out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }

        private void readSome() throws IOException {
            in.clear();
            if (channel.read(in) < 0) {
                throw new EOFException("server closed the connection before page " + page + " was complete");
            }
            in.flip();
            if (!parser.feed(in)) {
                return;
            }
            if (in.hasRemaining()) {
                throw new ProtocolException("server sent bytes after the response to page " + page);
            }
            key.interestOps(0);
            ResponseCallback done = callback;
            callback = null;
            idle.addFirst(this);
            done.completed(parser.take());
        }

        @Override
        public void failed(Exception error) {
            close();
            ResponseCallback done = callback;
            callback = null;
            if (done != null) {
                done.failed(error);
            }
        }

        void close() {
            if (!channel.isOpen()) {
                return;
            }
            open--;
            key.cancel();
            try {
                channel.close();
            } catch (IOException ignored) {
                // the descriptor is released either way
            }
        }
    }
}
