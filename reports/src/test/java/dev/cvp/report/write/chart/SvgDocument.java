package dev.cvp.report.write.chart;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** A rendered chart parsed as XML (which also proves it well-formed), with lookups for tests. */
record SvgDocument(Document doc) {

    static SvgDocument parse(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return new SvgDocument(f.newDocumentBuilder().parse(new InputSource(new StringReader(svg))));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage() + "\n" + svg, e);
        }
    }

    List<Element> all(String name) {
        return elements(doc.getElementsByTagNameNS("*", name));
    }

    static List<Element> all(Element in, String name) {
        return elements(in.getElementsByTagNameNS("*", name));
    }

    /** The texts of every <text> element. */
    List<String> texts() {
        return all("text").stream().map(Element::getTextContent).toList();
    }

    /** The <g> of a series: the group whose first <title> is the name. */
    Element series(String name) {
        return all("g").stream().filter(g -> g.getFirstChild() instanceof Element t && t.getTagName().equals("title")
                && t.getTextContent().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no series " + name));
    }

    static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    private static List<Element> elements(NodeList list) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }
}
