package dev.cvp.io.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cvp.io.http.BlockingHttpClient;
import dev.cvp.io.http.PageCheck;
import dev.cvp.io.http.ParsedResponse;
import dev.cvp.io.http.ResponseParser;
import dev.cvp.io.strategy.Strategies;
import dev.cvp.io.strategy.Strategy;
import dev.cvp.io.workload.HttpWork;
import dev.cvp.support.task.TaskRunners;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LatencyServerTest {

    @Test
    void bindsTheLoopbackAddressOnAnEphemeralPort() throws IOException {
        try (LatencyServer server = LatencyServer.start(1, 1)) {
            assertTrue(server.address().getAddress().isLoopbackAddress(), server.address().toString());
            assertTrue(server.address().getPort() > 0);
        }
    }

    @Test
    void refusesConnectionsThroughANonLoopbackAddress() throws IOException {
        Optional<InetAddress> external = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
        assumeTrue(external.isPresent(), "this machine has no non-loopback address to try");
        try (LatencyServer server = LatencyServer.start(1, 1)) {
            InetSocketAddress elsewhere = new InetSocketAddress(external.get(), server.address().getPort());
            assertThrows(IOException.class, () -> {
                try (Socket socket = new Socket()) {
                    socket.connect(elsewhere, 2_000);
                }
            });
        }
    }

    @Test
    void isLoopbackAcceptsOnlyLoopbackPeers() throws IOException {
        assertTrue(LatencyServer.isLoopback(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 1)));
        assertTrue(LatencyServer.isLoopback(new InetSocketAddress(InetAddress.getByName("::1"), 1)));
        assertTrue(!LatencyServer.isLoopback(new InetSocketAddress(InetAddress.getByName("10.1.2.3"), 1)));
        assertTrue(!LatencyServer.isLoopback(null));
    }

    /* The server must never be what limits the client: every request waits at the same time. */
    @Test
    void requestsWaitAtTheSameTimeNotOneAfterAnother() throws Exception {
        int tasks = 64;
        try (HttpWork work = new HttpWork(LatencyServer.start(500, 1));
             Strategy virtual = Strategies.REGISTRY.create(TaskRunners.VIRTUAL)) {
            work.server().resetPeak();
            virtual.run(work, tasks);
            ServerStats stats = work.server().stats();
            assertEquals(tasks, stats.peakInFlight(), "requests waiting at once");
            assertEquals(tasks, stats.served());
            assertEquals(0, stats.inFlight());
        }
    }

    @Test
    void keepsConnectionsAliveAcrossRequests() throws Exception {
        try (LatencyServer server = LatencyServer.start(1, 2);
             BlockingHttpClient client = new BlockingHttpClient(server.address())) {
            for (int page = 0; page < 5; page++) {
                PageCheck.verify(page, client.get(page));
            }
            assertEquals(1, client.openConnections());
            assertEquals(5, server.stats().served());
        }
    }

    @Test
    void answersWithRealisticHeaders() throws Exception {
        try (LatencyServer server = LatencyServer.start(1, 1);
             BlockingHttpClient client = new BlockingHttpClient(server.address())) {
            ParsedResponse response = client.get(42);
            for (String name : new String[] {"Date", "Server", "Content-Type", "Content-Length",
                    "Cache-Control", "ETag", "Last-Modified", "Connection", PageResponse.PAGE_HEADER}) {
                assertTrue(response.header(name).isPresent(), "missing header " + name);
            }
            assertEquals("text/html; charset=utf-8", response.header("content-type").orElseThrow());
            assertEquals(PageResponse.body(42), new String(response.body(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void answersAnUnknownPathWith404AndClosesTheConnection() throws Exception {
        try (LatencyServer server = LatencyServer.start(1, 1);
             Socket socket = new Socket(server.address().getAddress(), server.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ParsedResponse response = readOne(socket.getInputStream());
            assertEquals(404, response.status());
            assertEquals(-1, socket.getInputStream().read(), "connection should be closed");
            assertEquals(0, server.stats().inFlight());
        }
    }

    @Test
    void parsesOnlyGetPageRequests() {
        assertEquals(7, ServerConnection.pageOf("GET /page/7 HTTP/1.1\r\nHost: x"));
        assertEquals(-1, ServerConnection.pageOf("POST /page/7 HTTP/1.1"));
        assertEquals(-1, ServerConnection.pageOf("GET /page/-3 HTTP/1.1"));
        assertEquals(-1, ServerConnection.pageOf("GET /page/x HTTP/1.1"));
        assertEquals(-1, ServerConnection.pageOf("GET /other/7 HTTP/1.1"));
        assertEquals(-1, ServerConnection.pageOf("garbage"));
    }

    @Test
    void noticesConnectionCloseInAnyCase() {
        assertTrue(ServerConnection.asksToClose("GET /page/1 HTTP/1.1\r\nHost: x\r\nConnection: close"));
        assertTrue(ServerConnection.asksToClose("GET /page/1 HTTP/1.1\r\nCONNECTION: Close"));
        assertTrue(!ServerConnection.asksToClose("GET /page/1 HTTP/1.1\r\nConnection: keep-alive"));
        assertTrue(!ServerConnection.asksToClose("GET /page/1 HTTP/1.1\r\nX-Note: connection: close"));
    }

    @Test
    void requestIdsLookLikeRequestIds() {
        assertEquals(16, PageResponse.requestId(0).length());
        assertTrue(PageResponse.requestId(12345).matches("[0-9a-f]{16}"));
        assertTrue(!PageResponse.requestId(1).equals(PageResponse.requestId(2)));
    }

    @Test
    void statsLineRoundTrips() {
        ServerStats stats = new ServerStats(3, 10000, 123456789L);
        assertEquals(stats, ServerStats.parseLine(stats.toLine()));
        assertThrows(IllegalArgumentException.class, () -> ServerStats.parseLine("LISTENING 1 2"));
    }

    private static ParsedResponse readOne(InputStream in) throws IOException {
        ResponseParser parser = new ResponseParser();
        byte[] buffer = new byte[4096];
        while (true) {
            int n = in.read(buffer);
            if (n < 0) {
                throw new IOException("closed before a whole response");
            }
            if (parser.feed(ByteBuffer.wrap(buffer, 0, n))) {
                return parser.take();
            }
        }
    }
}
