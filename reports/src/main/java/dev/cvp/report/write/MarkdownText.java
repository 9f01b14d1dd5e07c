package dev.cvp.report.write;

/**
 * Escapes text that came from files (labels, names, params, messages) before it reaches
 * markdown: nothing from a bundle can open HTML, break a table, start code or a link.
 */
public final class MarkdownText {

    private MarkdownText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '`' -> b.append("&#96;");
                case '|' -> b.append("&#124;");
                case '\\', '*', '_', '[', ']', '#', '~', '!', '$' -> b.append('\\').appendCodePoint(c);
                case '\n', '\r', '\t', 0x2028, 0x2029 -> b.append(' ');
                default -> {
                    if (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0)) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}
