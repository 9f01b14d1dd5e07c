package dev.cvp.io.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.io.server.PageResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageCheckTest {

    private static final byte[] BODY_5 = PageResponse.body(5).getBytes(StandardCharsets.UTF_8);
    private static final Optional<String> LENGTH_5 = Optional.of(Integer.toString(BODY_5.length));

    @Test
    void acceptsTheRightPage() {
        assertEquals(BODY_5.length, PageCheck.verify(5, 200, Optional.of("5"), LENGTH_5, BODY_5));
    }

    @Test
    void rejectsAnotherPagesResponse() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PageCheck.verify(6, 200, Optional.of("5"), LENGTH_5, BODY_5));
        assertTrue(e.getMessage().contains("page 6"), e.getMessage());
    }

    @Test
    void rejectsAnErrorStatus() {
        assertThrows(IllegalStateException.class, () -> PageCheck.verify(5, 503, Optional.of("5"), LENGTH_5, BODY_5));
    }

    @Test
    void rejectsATruncatedBody() {
        byte[] cut = Arrays.copyOf(BODY_5, BODY_5.length - 10);
        assertThrows(IllegalStateException.class, () -> PageCheck.verify(5, 200, Optional.of("5"), LENGTH_5, cut));
    }

    @Test
    void rejectsABodyOfAnotherPageEvenWithTheRightHeader() {
        byte[] body55 = PageResponse.body(55).getBytes(StandardCharsets.UTF_8);
        Optional<String> length = Optional.of(Integer.toString(body55.length));
        assertThrows(IllegalStateException.class, () -> PageCheck.verify(5, 200, Optional.of("5"), length, body55));
    }
}
