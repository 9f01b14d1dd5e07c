package dev.cvp.io.server;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The bytes the latency server sends: a small HTML page with the headers a real web server
 * sends (date, server, type, length, caching validators, keep-alive...), so the pipeline's
 * "format the headers" step has realistic input. {@code X-Page} echoes the page asked for, so
 * a client can check each response belongs to its request.
 */
public final class PageResponse {

    /** Header naming the page a response belongs to. */
    public static final String PAGE_HEADER = "X-Page";

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String LAST_MODIFIED =
            HTTP_DATE.format(ZonedDateTime.of(2025, 11, 3, 9, 0, 0, 0, ZoneOffset.UTC));

    private long dateSecond = Long.MIN_VALUE;
    private String date = "";

    /** How every page body starts; the page number and {@code </title>} follow. */
    public static final String BODY_PREFIX =
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Page ";

    /** The body of page {@code page}: what a client checks the response against. */
    public static String body(int page) {
        return BODY_PREFIX + page
                + "</title></head>\n<body>\n<h1>Page " + page + "</h1>\n"
                + "<p>This page was served by the latency server after a fixed delay. It is small on"
                + " purpose: the benchmark measures waiting, not bandwidth.</p>\n"
                + "<ul><li><a href=\"/page/" + (page + 1) + "\">next</a></li>"
                + "<li><a href=\"/page/0\">first</a></li></ul>\n</body>\n</html>\n";
    }

    /** The full response for page {@code page} (status line, headers, body) at wall-clock time {@code epochMillis}. */
    public byte[] ok(int page, long epochMillis) {
        byte[] body = body(page).getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 200 OK\r\n"
                + "Date: " + date(epochMillis) + "\r\n"
                + "Server: cvp-latency/0.1\r\n"
                + "Content-Type: text/html; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Cache-Control: public, max-age=60\r\n"
                + "ETag: \"page-" + page + "-v1\"\r\n"
                + "Last-Modified: " + LAST_MODIFIED + "\r\n"
                + "Vary: Accept-Encoding\r\n"
                + "X-Content-Type-Options: nosniff\r\n"
                + "X-Request-Id: " + requestId(page) + "\r\n"
                + PAGE_HEADER + ": " + page + "\r\n"
                + "Connection: keep-alive\r\n"
                + "Keep-Alive: timeout=60\r\n"
                + "\r\n";
        return concat(head.getBytes(StandardCharsets.ISO_8859_1), body);
    }

    /** An error response with a one-line body, e.g. for a malformed request or an unknown path. */
    public byte[] error(int status, String reason, long epochMillis) {
        byte[] body = (status + " " + reason + "\n").getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " " + reason + "\r\n"
                + "Date: " + date(epochMillis) + "\r\n"
                + "Server: cvp-latency/0.1\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n"
                + "\r\n";
        return concat(head.getBytes(StandardCharsets.ISO_8859_1), body);
    }

    /** The Date header value, formatted once per second (as real servers cache it). */
    private String date(long epochMillis) {
        long second = Math.floorDiv(epochMillis, 1000);
        if (second != dateSecond) {
            dateSecond = second;
            date = HTTP_DATE.format(java.time.Instant.ofEpochSecond(second));
        }
        return date;
    }

    /** A request-id-looking value: 16 hex digits derived from the page number. */
    static String requestId(int page) {
        String hex = Long.toHexString(mix(page));
        return "0".repeat(16 - hex.length()) + hex;
    }

    private static long mix(long x) {
        x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
        x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return x ^ (x >>> 33);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
