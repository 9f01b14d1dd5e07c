package dev.cvp.io.http;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** The request every client sends for page N: {@code GET /page/N} with the usual browser-ish headers. */
public final class PageRequest {

    private PageRequest() {
    }

    /** The request bytes, for clients that write HTTP themselves. */
    public static byte[] bytes(int page, InetSocketAddress server) {
        return ("GET " + path(page) + " HTTP/1.1\r\n"
                + "Host: " + hostPort(server) + "\r\n"
                + "User-Agent: cvp-bench/0.1\r\n"
                + "Accept: text/html\r\n"
                + "Accept-Encoding: identity\r\n"
                + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The URI, for java.net.http. */
    public static URI uri(int page, InetSocketAddress server) {
        return URI.create("http://" + hostPort(server) + path(page));
    }

    private static String path(int page) {
        return "/page/" + page;
    }

    private static String hostPort(InetSocketAddress server) {
        return server.getAddress().getHostAddress() + ":" + server.getPort();
    }
}
