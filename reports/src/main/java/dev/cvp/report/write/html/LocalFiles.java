package dev.cvp.report.write.html;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Link and image destinations of a markdown page, resolved against the page's folder: only
 * relative paths that stay inside the folder (links followed) count as local files.
 */
final class LocalFiles {

    private final Path folder;
    private final Path realFolder;

    LocalFiles(Path folder) throws IOException {
        this.folder = folder;
        this.realFolder = folder.toRealPath();
    }

    /** A destination's path and fragment: "details.md#fib" -> ("details.md", "fib"); null parts are absent. */
    record Destination(String path, String fragment) {

        static Destination of(String destination) {
            int hash = destination.indexOf('#');
            String path = hash < 0 ? destination : destination.substring(0, hash);
            String fragment = hash < 0 ? null : destination.substring(hash + 1);
            return new Destination(path, fragment);
        }

        /** Relative and without scheme, query or leading slash ("charts/a.svg", "details.md"). */
        boolean relativePath() {
            return !path.isEmpty() && !path.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") && !path.startsWith("/")
                    && !path.startsWith("\\") && !path.contains("?");
        }

        String withPath(String newPath) {
            return fragment == null ? newPath : newPath + "#" + fragment;
        }
    }

    /** The regular file a relative destination names inside the folder, if there is one. */
    Optional<Path> resolve(String destination) {
        Destination d = Destination.of(destination);
        if (!d.relativePath()) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new URI(d.path()).getPath();
        } catch (URISyntaxException e) {
            decoded = d.path();
        }
        if (decoded == null || decoded.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path p = folder.resolve(decoded).normalize();
            if (!p.startsWith(folder.normalize()) || !Files.isRegularFile(p) || !p.toRealPath().startsWith(realFolder)) {
                return Optional.empty();
            }
            return Optional.of(p);
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }
}
