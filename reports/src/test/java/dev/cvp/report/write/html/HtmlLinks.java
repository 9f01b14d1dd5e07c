package dev.cvp.report.write.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks that every link and image in an HTML page written by HtmlPage resolves inside its folder. */
final class HtmlLinks {

    private static final Pattern HREF = Pattern.compile("<a\\s[^>]*href=\"([^\"]*)\"");
    private static final Pattern SRC = Pattern.compile("\\ssrc=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");

    private HtmlLinks() {
    }

    /** Fails naming each link or image that does not resolve; returns how many links were checked. */
    static int assertAllResolve(Path page) throws IOException {
        String html = Files.readString(page);
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (String href : all(HREF, html)) {
            links++;
            href = href.replace("&amp;", "&");
            int hash = href.indexOf('#');
            String file = hash < 0 ? href : href.substring(0, hash);
            String fragment = hash < 0 ? null : href.substring(hash + 1);
            if (file.matches("^[a-z]+:.*")) {
                broken.add(href + " (leaves the folder)");
                continue;
            }
            Path target = file.isEmpty() ? page : page.resolveSibling(file);
            if (!Files.isRegularFile(target)) {
                broken.add(href + " (no such file)");
            } else if (fragment != null && !ids(Files.readString(target)).contains(fragment)) {
                broken.add(href + " (no such anchor)");
            }
        }
        for (String src : all(SRC, html)) {
            if (!Files.isRegularFile(page.resolveSibling(src))) {
                broken.add("image " + src);
            }
        }
        assertTrue(broken.isEmpty(), page.getFileName() + ": broken " + broken);
        assertTrue(!html.contains("class=\"missing\""), page.getFileName() + ": a chart was not included");
        return links;
    }

    static Set<String> ids(String html) {
        return new HashSet<>(all(ID, html));
    }

    private static List<String> all(Pattern p, String html) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
