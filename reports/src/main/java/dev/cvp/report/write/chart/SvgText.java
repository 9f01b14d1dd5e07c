package dev.cvp.report.write.chart;

/**
 * Writes SVG markup: every attribute value and every text escaped for XML, every number with at
 * most two decimals in one fixed format, so the same chart always gives the same bytes.
 */
public final class SvgText {

    private final StringBuilder b = new StringBuilder(8192);

    SvgText() {
    }

    /** {@code <name k="v" ...>}; attributes as name, value pairs. */
    SvgText open(String name, String... attributes) {
        tag(name, attributes);
        b.append('>');
        return this;
    }

    /** {@code <name k="v" .../>} */
    SvgText empty(String name, String... attributes) {
        tag(name, attributes);
        b.append("/>");
        return this;
    }

    SvgText close(String name) {
        b.append("</").append(name).append('>');
        return this;
    }

    /** {@code <name ...>text</name>}, the text escaped. */
    SvgText element(String name, String text, String... attributes) {
        open(name, attributes);
        b.append(escape(text));
        return close(name);
    }

    SvgText newline() {
        b.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return b.toString();
    }

    private void tag(String name, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs: " + name);
        }
        b.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            b.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }

    /**
     * Text safe in XML content and attribute values: markup characters as entities; characters XML
     * cannot hold (controls, lone surrogates, U+FFFE/U+FFFF) dropped; line breaks and tabs as spaces.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> {
                    boolean allowed = (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    if (allowed && c != 0x7f) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** A coordinate: rounded to 0.01, no exponent, no negative zero ("12", "3.5", "0.25"). */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite coordinate: " + v);
        }
        long hundredths = Math.round(v * 100);
        if (hundredths == 0) {
            return "0";
        }
        StringBuilder s = new StringBuilder();
        if (hundredths < 0) {
            s.append('-');
            hundredths = -hundredths;
        }
        s.append(hundredths / 100);
        long frac = hundredths % 100;
        if (frac != 0) {
            s.append('.').append(frac / 10);
            if (frac % 10 != 0) {
                s.append(frac % 10);
            }
        }
        return s.toString();
    }

    /** An estimate of a text's width in pixels for a sans-serif font (layout only; never exact). */
    static double width(String text, double fontSize) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("iljtf.,:;'|!()[] ".indexOf(c) >= 0) {
                em += 0.3;
            } else if (Character.isUpperCase(c) || "mwMW@%".indexOf(c) >= 0) {
                em += 0.72;
            } else {
                em += 0.56;
            }
        }
        return em * fontSize;
    }

    /** The text, cut with an ellipsis to fit maxWidth (estimated). */
    static String fit(String text, double fontSize, double maxWidth) {
        if (width(text, fontSize) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 0 && width(text.substring(0, end) + "…", fontSize) > maxWidth) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end) + "…";
    }
}
