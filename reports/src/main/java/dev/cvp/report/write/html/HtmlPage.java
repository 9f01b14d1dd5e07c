package dev.cvp.report.write.html;

import dev.cvp.report.write.OutputFiles;
import dev.cvp.report.write.chart.SvgText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The report's markdown pages as HTML pages beside them (report.md to report.html, details.md to
 * details.html), made with commonmark-java: one file each that opens offline in any browser, its
 * charts inlined as SVG, its style inline, links between the pages pointing at the .html files.
 * Raw HTML in the markdown is shown as text (but for the line breaks and comments the report
 * writes itself, see {@link PageTree}) and unsafe link schemes are dropped, so a name taken from a
 * result file never becomes markup.
 */
public final class HtmlPage {

    /** The markdown pages the report writes, each rendered to an .html page of the same name when present. */
    static final List<String> PAGES = List.of("report.md", "details.md");

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), HeadingAnchorExtension.create());

    private static final String STYLE = """
            body { margin: 0; background: #fff; color: #1b1b1b;
              font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
            main { max-width: 64rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
            h1, h2, h3, h4 { line-height: 1.25; margin: 1.6em 0 0.6em; }
            h1 { font-size: 1.8rem; border-bottom: 1px solid #d0d7de; padding-bottom: 0.3em; }
            h2 { font-size: 1.4rem; border-bottom: 1px solid #e5e8eb; padding-bottom: 0.2em; }
            h3 { font-size: 1.15rem; }
            a { color: #0b5cad; }
            code { font: 0.88em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
              background: #f2f4f6; padding: 0.1em 0.3em; border-radius: 3px; }
            pre { background: #f6f8fa; padding: 0.8em 1em; overflow-x: auto; }
            pre code { background: none; padding: 0; }
            blockquote { margin: 1em 0; padding: 0 1em; border-left: 4px solid #d0d7de; color: #444; }
            table { border-collapse: collapse; margin: 1em 0; font-size: 0.92rem;
              display: block; max-width: 100%; overflow-x: auto; }
            th, td { border: 1px solid #d0d7de; padding: 0.3em 0.6em; vertical-align: top; }
            th { background: #f3f5f7; }
            th:not([align]):not(.num) { text-align: left; }
            tbody tr:nth-child(even) { background: #fafbfc; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .chart { display: block; margin: 1em 0; }
            .chart svg { display: block; max-width: 100%; height: auto; }
            .missing { color: #a40000; font-style: italic; }
            footer { max-width: 64rem; margin: 0 auto; padding: 0 1.25rem 2rem; color: #666; font-size: 0.85rem; }
            """;

    private HtmlPage() {
    }

    /**
     * Renders report.md, and details.md when present, in the folder of {@code files} to report.html
     * (and details.html) beside them.
     *
     * @return the files written
     */
    public static List<Path> writeBeside(OutputFiles files) throws IOException {
        Path folder = files.root();
        Set<String> present = PAGES.stream().filter(p -> Files.isRegularFile(folder.resolve(p)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<Path> written = new ArrayList<>();
        for (String page : present) {
            written.add(files.write(htmlName(page), render(folder, page, present)));
        }
        return written;
    }

    /** {@link #writeBeside(OutputFiles)} for the folder that holds reportMd. */
    public static List<Path> writeBeside(Path reportMd) throws IOException {
        return writeBeside(new OutputFiles(reportMd.toAbsolutePath().getParent()));
    }

    /** "report.md" -> "report.html" */
    static String htmlName(String markdownName) {
        return markdownName.substring(0, markdownName.length() - ".md".length()) + ".html";
    }

    /**
     * The HTML page for folder/page.
     *
     * @param pages the markdown pages in the folder that get an HTML page (links to them are rewritten)
     */
    static String render(Path folder, String page, Set<String> pages) throws IOException {
        String markdown = Files.readString(folder.resolve(page), StandardCharsets.UTF_8);
        LocalFiles local = new LocalFiles(folder);
        Node document = Parser.builder().extensions(EXTENSIONS).build().parse(markdown);
        String title = PageTree.prepare(document, pages);
        String body = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true)
                .attributeProviderFactory(c -> new NumericColumns())
                .nodeRendererFactory(c -> new ChartImages(c, local))
                .build().render(document);
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + SvgText.escape(title == null ? page : title) + "</title>\n"
                + "<style>\n" + STYLE + "</style>\n</head>\n<body>\n<main>\n" + body + "</main>\n"
                + "<footer>Rendered from <a href=\"" + SvgText.escape(page) + "\">" + SvgText.escape(page)
                + "</a>.</footer>\n</body>\n</html>\n";
    }
}
