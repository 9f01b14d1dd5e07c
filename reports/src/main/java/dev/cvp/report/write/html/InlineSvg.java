package dev.cvp.report.write.html;

import dev.cvp.report.write.chart.SvgText;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An SVG file made fit to paste into an HTML page: parsed as XML (no DTD or entity is fetched),
 * then written again keeping only drawing elements and their plain attributes. Scripts, event
 * handlers, links, foreign objects, external references and comments are dropped, and every text
 * is escaped again, so even a chart file someone replaced inside the bundle cannot add markup or
 * script to the page.
 */
final class InlineSvg {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "clipPath", "path", "rect", "circle",
            "ellipse", "line", "polyline", "polygon", "text", "tspan", "title", "desc", "linearGradient",
            "radialGradient", "stop");

    private InlineSvg() {
    }

    /** The cleaned {@code <svg>} element, or an IOException saying why the text is not a usable SVG. */
    static String clean(String svgText) throws IOException {
        Document doc;
        try {
            doc = parser().parse(new InputSource(new StringReader(svgText)));
        } catch (SAXException e) {
            throw new IOException("not well-formed SVG: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        if (!SVG_NS.equals(root.getNamespaceURI()) || !"svg".equals(root.getLocalName())) {
            throw new IOException("the root element is not an SVG <svg>");
        }
        StringBuilder out = new StringBuilder(svgText.length());
        write(root, out);
        return out.toString();
    }

    private static DocumentBuilder parser() throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b;
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML parser for SVG: " + e.getMessage(), e);
        }
    }

    private static void write(Element e, StringBuilder out) {
        String name = e.getLocalName();
        if (!SVG_NS.equals(e.getNamespaceURI()) || !ELEMENTS.contains(name)) {
            return;
        }
        out.append('<').append(name);
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if (allowed(a)) {
                out.append(' ').append(a.getLocalName()).append("=\"").append(SvgText.escape(a.getValue())).append('"');
            }
        }
        out.append('>');
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            switch (c.getNodeType()) {
                case Node.ELEMENT_NODE -> write((Element) c, out);
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(SvgText.escape(c.getNodeValue()));
                default -> {
                    // comments, processing instructions, entity references: not carried over
                }
            }
        }
        out.append("</").append(name).append('>');
    }

    /** Plain presentation attributes only: no namespace (xlink:href, xmlns), no handler, no link, no outside url(). */
    private static boolean allowed(Attr a) {
        String name = a.getLocalName();
        if (a.getNamespaceURI() != null || name == null || !name.matches("[A-Za-z][A-Za-z0-9-]*")) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("on") || lower.equals("href") || lower.equals("src")) {
            return false;
        }
        String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return !value.replace("url(#", "").contains("url(") && !value.contains("javascript:")
                && !value.contains("expression(") && !value.contains("@import");
    }
}
