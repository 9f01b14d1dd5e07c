package dev.cvp.runner.faults;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cvp.runner.faults.tiny.TinyBenchmark;
import dev.cvp.support.CoreCountProfiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import joptsimple.OptionParser;
import org.apache.commons.math3.stat.descriptive.moment.Mean;

/**
 * The benchmark jars the fault-injection tests run instead of the modules' own, built once per
 * test JVM into {@code target/fault-jars/} from this module's test classes and the jars on the
 * test class path: {@link FakeBench} with Jackson, and {@link TinyBenchmark} with JMH, its
 * dependencies and bench-support's {@link CoreCountProfiler} (a real JMH benchmarks jar).
 */
final class TestJars {

    private static Path fake;
    private static Path tiny;

    private TestJars() {
    }

    static synchronized Path fakeJar() {
        if (fake == null) {
            fake = build("fake.jar", FakeBench.class.getName(),
                    new Part(FakeBench.class, n -> n.startsWith(FakeBench.class.getName().replace('.', '/'))),
                    new Part(ObjectMapper.class, n -> true), new Part(JsonFactory.class, n -> true),
                    new Part(JsonProperty.class, n -> true));
        }
        return fake;
    }

    static synchronized Path tinyJmhJar() {
        if (tiny == null) {
            String pkg = TinyBenchmark.class.getPackageName().replace('.', '/') + "/";
            tiny = build("tiny.jar", "org.openjdk.jmh.Main",
                    new Part(TinyBenchmark.class, n -> n.startsWith(pkg) || n.equals("META-INF/BenchmarkList")
                            || n.equals("META-INF/CompilerHints")),
                    new Part(org.openjdk.jmh.Main.class, n -> true), new Part(OptionParser.class, n -> true),
                    new Part(Mean.class, n -> true),
                    new Part(CoreCountProfiler.class, n -> n.startsWith("dev/cvp/support/")));
        }
        return tiny;
    }

    /** The entries of the jar or class folder that holds {@code origin}, those {@code keep} accepts. */
    private record Part(Class<?> origin, Predicate<String> keep) {
    }

    private static Path build(String name, String mainClass, Part... parts) {
        Path target = location(TestJars.class).getParent().resolve("fault-jars").resolve(name);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        Set<String> written = new HashSet<>(Set.of("META-INF/", JarFile.MANIFEST_NAME));
        try {
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling(name + ".tmp");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(tmp), manifest)) {
                out.setLevel(1);
                for (Part p : parts) {
                    copy(location(p.origin()), p.keep(), written, out);
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build " + target, e);
        }
    }

    private static void copy(Path from, Predicate<String> keep, Set<String> written, JarOutputStream out)
            throws IOException {
        if (Files.isDirectory(from)) {
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    String n = from.relativize(f).toString().replace('\\', '/');
                    if (wanted(n, keep, written)) {
                        try (InputStream in = Files.newInputStream(f)) {
                            put(out, n, in);
                        }
                    }
                }
            }
            return;
        }
        try (JarFile jar = new JarFile(from.toFile())) {
            for (JarEntry e : jar.stream().filter(e -> !e.isDirectory()).toList()) {
                if (wanted(e.getName(), keep, written)) {
                    try (InputStream in = jar.getInputStream(e)) {
                        put(out, e.getName(), in);
                    }
                }
            }
        }
    }

    /** Not yet written, accepted, and no signature, manifest or module descriptor of a merged jar. */
    private static boolean wanted(String name, Predicate<String> keep, Set<String> written) {
        boolean foreign = name.matches("META-INF/[^/]+\\.(SF|DSA|RSA)") || name.endsWith("module-info.class")
                || name.startsWith("META-INF/versions/");
        return !foreign && keep.test(name) && written.add(name);
    }

    private static void put(JarOutputStream out, String name, InputStream in) throws IOException {
        out.putNextEntry(new JarEntry(name));
        in.transferTo(out);
        out.closeEntry();
    }

    /** The jar or class folder a class was loaded from. */
    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
