package dev.cvp.io.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.io.server.PageResponse;
import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResponseParserTest {

    private static final byte[] PAGE_7 = new PageResponse().ok(7, 0);

    @Test
    void parsesAResponseFedOneByteAtATime() throws ProtocolException {
        ResponseParser parser = new ResponseParser();
        boolean done = false;
        for (int i = 0; i < PAGE_7.length; i++) {
            assertFalse(done, "complete before the last byte");
            done = parser.feed(ByteBuffer.wrap(PAGE_7, i, 1));
        }
        assertTrue(done);
        ParsedResponse response = parser.take();
        assertEquals(200, response.status());
        assertEquals("7", response.header("x-page").orElseThrow());
        assertArrayEquals(PageResponse.body(7).getBytes(StandardCharsets.UTF_8), response.body());
        assertEquals(response.body().length, PageCheck.verify(7, response));
    }

    @Test
    void parsesTwoResponsesInARowAndLeavesBytesAfterTheFirst() throws ProtocolException {
        byte[] page8 = new PageResponse().ok(8, 0);
        ByteBuffer both = ByteBuffer.allocate(PAGE_7.length + page8.length).put(PAGE_7).put(page8).flip();
        ResponseParser parser = new ResponseParser();
        assertTrue(parser.feed(both));
        assertEquals("7", parser.take().header(PageResponse.PAGE_HEADER).orElseThrow());
        assertEquals(page8.length, both.remaining());
        assertTrue(parser.feed(both));
        assertEquals("8", parser.take().header(PageResponse.PAGE_HEADER).orElseThrow());
    }

    @Test
    void rejectsAResponseWithoutContentLength() {
        byte[] chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> new ResponseParser().feed(ByteBuffer.wrap(chunked)));
        assertTrue(e.getMessage().contains("Content-Length"), e.getMessage());
    }

    @Test
    void rejectsSomethingThatIsNotHttp() {
        byte[] junk = "SSH-2.0-OpenSSH\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(ProtocolException.class, () -> new ResponseParser().feed(ByteBuffer.wrap(junk)));
    }

    @Test
    void takeBeforeTheResponseIsCompleteFails() throws ProtocolException {
        ResponseParser parser = new ResponseParser();
        parser.feed(ByteBuffer.wrap(PAGE_7, 0, PAGE_7.length - 1));
        assertThrows(IllegalStateException.class, parser::take);
    }
}
