package dev.cvp.report.write.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders each markdown image {@code ![alt](charts/x.svg)} as the SVG itself, cleaned by
 * {@link InlineSvg}, so the page needs no other file. An image that is not an SVG file inside the
 * page's folder, or not a usable one, becomes a visible note with its alt text, never a broken
 * reference.
 */
final class ChartImages implements NodeRenderer {

    private final HtmlWriter html;
    private final LocalFiles files;

    ChartImages(HtmlNodeRendererContext context, LocalFiles files) {
        this.html = context.getWriter();
        this.files = files;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Image.class);
    }

    @Override
    public void render(Node node) {
        Image image = (Image) node;
        String alt = NodeText.of(image);
        Optional<Path> file = files.resolve(image.getDestination());
        String problem;
        if (file.isEmpty()) {
            problem = "not found beside the page";
        } else if (!file.get().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            problem = "not an SVG";
        } else {
            try {
                String svg = InlineSvg.clean(Files.readString(file.get(), StandardCharsets.UTF_8));
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("class", "chart");
                attributes.put("role", "figure");
                attributes.put("aria-label", alt);
                html.tag("span", attributes);
                html.raw(svg);
                html.tag("/span");
                return;
            } catch (IOException e) {
                problem = e.getMessage();
            }
        }
        html.tag("span", Map.of("class", "missing"));
        html.text("[chart not included: " + alt + " (" + image.getDestination() + ": " + problem + ")]");
        html.tag("/span");
    }
}
