package dev.cvp.runner.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds {@code <module>/target/benchmarks.jar} with {@code ./mvnw -pl <stale modules> -am package
 * -DskipTests} when it is missing or older than anything it is built from: the module's pom and
 * sources, the sibling modules its pom names, the root pom. One Maven run builds them all.
 */
public final class JarBuilder {

    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([A-Za-z0-9_.-]+)</artifactId>");

    private final Path root;
    private final Path javaHome;

    public JarBuilder(Path root, Path javaHome) {
        this.root = root;
        this.javaHome = javaHome;
    }

    /**
     * What a build did.
     *
     * @param unusable module -> why its jar cannot be used
     * @param log      Maven's output, when Maven ran
     */
    public record Result(Map<String, String> unusable, Optional<Path> log) {
    }

    /** Is {@code jar} missing or older than one of {@code module}'s inputs? */
    public boolean stale(String module, Path jar) {
        if (!Files.isRegularFile(jar)) {
            return true;
        }
        try {
            FileTime built = Files.getLastModifiedTime(jar);
            for (Path input : inputs(module)) {
                if (newerFile(input, built)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | UncheckedIOException e) {
            return true;
        }
    }

    /** Builds the stale jars among {@code jars} (module -> jar); {@code note} hears what happens. */
    public Result build(Map<String, Path> jars, java.util.function.Consumer<String> note) throws IOException {
        List<String> stale = jars.entrySet().stream().filter(e -> stale(e.getKey(), e.getValue())).map(Map.Entry::getKey)
                .toList();
        if (stale.isEmpty()) {
            return new Result(Map.of(), Optional.empty());
        }
        Path mvnw = root.resolve("mvnw");
        Map<String, String> unusable = new LinkedHashMap<>();
        if (!Files.isExecutable(mvnw)) {
            stale.forEach(m -> unusable.put(m, "its jar could not be built: no Maven wrapper at " + mvnw));
            return new Result(unusable, Optional.empty());
        }
        note.accept("building " + String.join(",", stale) + " (jar missing or older than its sources) ...");
        Path log = Files.createTempFile("cvp-build-", ".log");
        FileTime marker = FileTime.fromMillis(System.currentTimeMillis() - 1000);
        ProcessBuilder pb = new ProcessBuilder(mvnw.toString(), "-B", "-q", "-pl", String.join(",", stale), "-am",
                "--fail-at-end", "package", "-DskipTests")
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullFile()));
        pb.environment().put("JAVA_HOME", javaHome.toString());
        int rc;
        try {
            rc = pb.start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            rc = -1;
        }
        for (String m : stale) {
            Path jar = jars.get(m);
            boolean fresh = Files.isRegularFile(jar) && Files.getLastModifiedTime(jar).compareTo(marker) > 0;
            if (!Files.isRegularFile(jar) || (rc != 0 && !fresh)) {
                unusable.put(m, "its jar could not be built: " + summary(log));
            }
        }
        return new Result(unusable, Optional.of(log));
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** The first Maven error line of a build log, for messages. */
    public static String summary(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            String line = lines.stream().filter(l -> l.startsWith("[ERROR]")).findFirst()
                    .orElse(lines.isEmpty() ? "Maven printed nothing" : lines.get(lines.size() - 1));
            return line.length() > 300 ? line.substring(0, 300) : line;
        } catch (IOException e) {
            return "no build log";
        }
    }

    /** The module's pom and sources, those of the sibling modules its pom names, the root pom. */
    List<Path> inputs(String module) throws IOException {
        Set<Path> out = new LinkedHashSet<>(List.of(root.resolve("pom.xml"), root.resolve(module).resolve("pom.xml"),
                root.resolve(module).resolve("src")));
        Path pom = root.resolve(module).resolve("pom.xml");
        if (Files.isRegularFile(pom)) {
            Matcher m = ARTIFACT.matcher(Files.readString(pom));
            while (m.find()) {
                String dep = m.group(1);
                if (!dep.equals(module) && Files.isRegularFile(root.resolve(dep).resolve("pom.xml"))) {
                    out.add(root.resolve(dep).resolve("pom.xml"));
                    out.add(root.resolve(dep).resolve("src"));
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean newerFile(Path input, FileTime than) throws IOException {
        if (!Files.exists(input)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(input)) {
            return files.filter(Files::isRegularFile).anyMatch(f -> {
                try {
                    return Files.getLastModifiedTime(f).compareTo(than) > 0;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
