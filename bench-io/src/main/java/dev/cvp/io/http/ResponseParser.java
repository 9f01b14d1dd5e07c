package dev.cvp.io.http;

import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one HTTP/1.1 response at a time from bytes as they arrive, in whatever pieces: the
 * blocking client feeds it what {@code read} returned, the event-loop client what the selector
 * let it read. Needs {@code Content-Length} (the latency server always sends it).
 */
public final class ResponseParser {

    private static final int MAX_HEAD_BYTES = 64 * 1024;

    private byte[] head = new byte[1024];
    private int headLength;
    private boolean headDone;
    private int status;
    private List<Header> headers;
    private byte[] body;
    private int bodyFilled;

    /**
     * Consumes bytes from {@code bytes} up to the end of the current response.
     *
     * @return true once the whole response has arrived; take it with {@link #take()}
     * @throws ProtocolException if the bytes are not an HTTP/1.1 response this parser understands
     */
    public boolean feed(ByteBuffer bytes) throws ProtocolException {
        if (!headDone) {
            readHead(bytes);
            if (!headDone) {
                return false;
            }
        }
        int n = Math.min(bytes.remaining(), body.length - bodyFilled);
        bytes.get(body, bodyFilled, n);
        bodyFilled += n;
        return bodyFilled == body.length;
    }

    /** The response {@link #feed} completed; the parser is ready for the next one. */
    public ParsedResponse take() {
        if (!headDone || bodyFilled != body.length) {
            throw new IllegalStateException("no complete response yet");
        }
        ParsedResponse response = new ParsedResponse(status, headers, body);
        headLength = 0;
        headDone = false;
        headers = null;
        body = null;
        bodyFilled = 0;
        return response;
    }

    private void readHead(ByteBuffer bytes) throws ProtocolException {
        while (bytes.hasRemaining() && !headDone) {
            if (headLength == head.length) {
                if (head.length >= MAX_HEAD_BYTES) {
                    throw new ProtocolException("response head longer than " + MAX_HEAD_BYTES + " bytes");
                }
                head = java.util.Arrays.copyOf(head, head.length * 2);
            }
            int searchFrom = Math.max(0, headLength - 3);
            int n = Math.min(bytes.remaining(), head.length - headLength);
            bytes.get(head, headLength, n);
            headLength += n;
            int end = indexOfBlankLine(searchFrom);
            if (end >= 0) {
                bytes.position(bytes.position() - (headLength - end));
                headLength = end;
                parseHead();
                headDone = true;
            }
        }
    }

    private int indexOfBlankLine(int from) {
        for (int i = from; i + 3 < headLength; i++) {
            if (head[i] == '\r' && head[i + 1] == '\n' && head[i + 2] == '\r' && head[i + 3] == '\n') {
                return i + 4;
            }
        }
        return -1;
    }

    private void parseHead() throws ProtocolException {
        String[] lines = new String(head, 0, headLength - 4, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/1.")) {
            throw new ProtocolException("not an HTTP/1.x status line: " + lines[0]);
        }
        try {
            status = Integer.parseInt(statusLine[1]);
        } catch (NumberFormatException e) {
            throw new ProtocolException("bad status code in: " + lines[0]);
        }
        headers = new ArrayList<>(lines.length - 1);
        long contentLength = -1;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                throw new ProtocolException("bad header line: " + lines[i]);
            }
            Header header = new Header(lines[i].substring(0, colon), lines[i].substring(colon + 1).trim());
            headers.add(header);
            if (header.name().equalsIgnoreCase("Content-Length")) {
                contentLength = parseLength(header.value());
            }
        }
        if (contentLength < 0) {
            throw new ProtocolException("response has no Content-Length (chunked bodies are not supported)");
        }
        body = new byte[(int) contentLength];
    }

    private static long parseLength(String value) throws ProtocolException {
        try {
            long length = Long.parseLong(value);
            if (length < 0 || length > Integer.MAX_VALUE - 8) {
                throw new ProtocolException("Content-Length out of range: " + value);
            }
            return length;
        } catch (NumberFormatException e) {
            throw new ProtocolException("bad Content-Length: " + value);
        }
    }
}
