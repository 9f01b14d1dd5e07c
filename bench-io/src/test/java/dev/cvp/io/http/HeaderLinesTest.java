package dev.cvp.io.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderLinesTest {

    @Test
    void oneNameValueLinePerHeaderInOrder() {
        String text = HeaderLines.format(List.of(new Header("Content-Type", "text/html"),
                new Header("Vary", "Accept-Encoding"), new Header("Vary", "Cookie")));
        assertEquals("Content-Type: text/html\nVary: Accept-Encoding\nVary: Cookie\n", text);
    }

    @Test
    void noHeadersNoLines() {
        assertEquals("", HeaderLines.format(List.of()));
    }
}
