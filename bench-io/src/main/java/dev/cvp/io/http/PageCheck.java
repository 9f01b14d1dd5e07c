package dev.cvp.io.http;

import dev.cvp.io.server.PageResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The check every response passes, whichever client fetched it: status 200, the {@code X-Page}
 * header names the page asked for, the body is as long as {@code Content-Length} says and its
 * title names the same page. A strategy that mixed up, dropped or truncated responses fails here
 * instead of producing a fast, wrong number.
 */
public final class PageCheck {

    private static final byte[] PREFIX = PageResponse.BODY_PREFIX.getBytes(StandardCharsets.UTF_8);
    private static final byte[] TITLE_END = "</title>".getBytes(StandardCharsets.UTF_8);

    private PageCheck() {
    }

    /** Checks a parsed response against {@code page}; returns the body length. */
    public static long verify(int page, ParsedResponse response) {
        return verify(page, response.status(), response.header(PageResponse.PAGE_HEADER),
                response.header("Content-Length"), response.body());
    }

    /**
     * Checks one response against {@code page}; returns the body length.
     *
     * @throws IllegalStateException naming the page and what was wrong
     */
    public static long verify(int page, int status, Optional<String> pageHeader,
                              Optional<String> contentLength, byte[] body) {
        if (status != 200) {
            throw wrong(page, "status " + status);
        }
        String expected = Integer.toString(page);
        if (!pageHeader.map(expected::equals).orElse(false)) {
            throw wrong(page, PageResponse.PAGE_HEADER + " " + pageHeader.orElse("missing"));
        }
        if (!contentLength.map(length -> length.equals(Integer.toString(body.length))).orElse(false)) {
            throw wrong(page, body.length + " body bytes but Content-Length " + contentLength.orElse("missing"));
        }
        if (!titleNames(body, expected.getBytes(StandardCharsets.US_ASCII))) {
            throw wrong(page, "a body whose title is not page " + page);
        }
        return body.length;
    }

    private static boolean titleNames(byte[] body, byte[] number) {
        int at = PREFIX.length;
        if (body.length < at + number.length + TITLE_END.length) {
            return false;
        }
        return java.util.Arrays.equals(body, 0, at, PREFIX, 0, at)
                && java.util.Arrays.equals(body, at, at + number.length, number, 0, number.length)
                && java.util.Arrays.equals(body, at + number.length, at + number.length + TITLE_END.length,
                        TITLE_END, 0, TITLE_END.length);
    }

    private static IllegalStateException wrong(int page, String what) {
        return new IllegalStateException("response to page " + page + " is wrong: got " + what);
    }
}
