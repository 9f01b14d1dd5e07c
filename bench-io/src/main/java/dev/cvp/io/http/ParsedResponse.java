package dev.cvp.io.http;

import java.util.List;
import java.util.Optional;

/** A complete HTTP/1.1 response: status, headers in wire order, body. */
public record ParsedResponse(int status, List<Header> headers, byte[] body) {

    public ParsedResponse {
        headers = List.copyOf(headers);
    }

    /** The first value of header {@code name} (names compare ignoring case, as HTTP says). */
    public Optional<String> header(String name) {
        for (Header header : headers) {
            if (header.name().equalsIgnoreCase(name)) {
                return Optional.of(header.value());
            }
        }
        return Optional.empty();
    }
}
