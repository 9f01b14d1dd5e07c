package dev.cvp.io.http;

import java.util.List;

/**
 * The CPU step of the pipeline: turn response headers into text, one {@code name: value} line
 * each, like the textbook's {@code for k, v in headers.items(): f.write(f"{k}: {v}\n")}.
 */
public final class HeaderLines {

    private HeaderLines() {
    }

    /** One {@code name: value} line per header, in the order given. */
    public static String format(List<Header> headers) {
        StringBuilder text = new StringBuilder(32 * headers.size());
        for (Header header : headers) {
            text.append(header.name()).append(": ").append(header.value()).append('\n');
        }
        return text.toString();
    }
}
