package dev.cvp.report.write.html;

import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * Prepares a parsed report page for HTML: links to the other rendered pages point at their .html
 * files; the two pieces of raw HTML the report writes itself become what they mean (a {@code <br>}
 * in a table cell a line break, an {@code <!-- comment -->} nothing); every other raw HTML stays
 * as it is, to be shown as text. Also finds the page title (the first level-1 heading).
 */
final class PageTree extends AbstractVisitor {

    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern COMMENT = Pattern.compile("(?s)\\s*<!--.*?-->\\s*");

    private final Set<String> pages;
    private String title;

    private PageTree(Set<String> pages) {
        this.pages = pages;
    }

    /** Rewrites the tree in place and returns its title, or null when it has no level-1 heading. */
    static String prepare(Node document, Set<String> pages) {
        PageTree t = new PageTree(pages);
        document.accept(t);
        return t.title;
    }

    @Override
    public void visit(Link link) {
        LocalFiles.Destination d = LocalFiles.Destination.of(link.getDestination());
        if (d.relativePath() && pages.contains(d.path())) {
            link.setDestination(d.withPath(HtmlPage.htmlName(d.path())));
        }
        visitChildren(link);
    }

    @Override
    public void visit(Heading heading) {
        if (title == null && heading.getLevel() == 1) {
            title = NodeText.of(heading);
        }
        visitChildren(heading);
    }

    @Override
    public void visit(HtmlInline html) {
        if (BREAK.matcher(html.getLiteral()).matches()) {
            html.insertBefore(new HardLineBreak());
            html.unlink();
        } else if (COMMENT.matcher(html.getLiteral()).matches()) {
            html.unlink();
        }
    }

    @Override
    public void visit(HtmlBlock html) {
        if (COMMENT.matcher(html.getLiteral()).matches()) {
            html.unlink();
        }
    }
}
