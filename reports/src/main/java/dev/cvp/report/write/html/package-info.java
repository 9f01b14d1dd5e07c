/**
 * The report's markdown pages as self-contained HTML pages ({@link dev.cvp.report.write.html.HtmlPage}):
 * rendered with commonmark-java, charts inlined as cleaned SVG, raw HTML shown as text.
 */
package dev.cvp.report.write.html;
