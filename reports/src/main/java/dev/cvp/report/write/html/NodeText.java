package dev.cvp.report.write.html;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/** The visible text of a markdown node (a heading, a table cell, an image's alt): its text and code joined. */
final class NodeText {

    private NodeText() {
    }

    static String of(Node node) {
        StringBuilder b = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                b.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                b.append(code.getLiteral());
            }
        });
        return b.toString();
    }
}
