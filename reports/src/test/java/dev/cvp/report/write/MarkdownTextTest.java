package dev.cvp.report.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void nothingFromAFileCanOpenHtmlBreakATableOrStartCode() {
        String e = MarkdownText.escape("a|b <script>alert(1)</script> `x` & [l](u)\nnext\r\t*_#");
        assertFalse(e.contains("|"));
        assertFalse(e.contains("<"));
        assertFalse(e.contains(">"));
        assertFalse(e.contains("`"));
        assertFalse(e.contains("\n"));
        assertEquals("a&#124;b &lt;script&gt;alert(1)&lt;/script&gt; &#96;x&#96; &amp; \\[l\\](u) next  \\*\\_\\#", e);
    }

    @Test
    void controlCharactersAreDropped() {
        assertEquals("ab", MarkdownText.escape("a\u0000\u001b\u007fb"));
    }
}
