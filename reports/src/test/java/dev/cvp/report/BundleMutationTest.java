package dev.cvp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: whatever random damage a bundle takes (truncation, byte noise, token swaps,
 * deleted or emptied files), the tool ends with exit 0, 2 or 3, prints no stack trace, names
 * a file when it complains, and writes nothing outside the bundle. Seeds are fixed, so a
 * failure names the seed that reproduces it.
 */
class BundleMutationTest {

    static final int CASES = 150;
    static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "NaN", "-1", "0", "1e999", "null", "true",
        "\"x|<b>\"", "\n", "\\u0000", "\"strategy\"", "\"score\"", "\"cpus\"", "{}", "[]", "\"cores\""};

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> randomDamageNeverBreaksTheContract() {
        return IntStream.range(0, CASES).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> check(seed)));
    }

    @TestFactory
    Stream<DynamicTest> truncatingAResultFileAnywhereIsExitThreeNamingIt() throws IOException {
        Path probe = BundleFixture.cpuBundle(tmp.resolve("probe")).dir();
        int length = Files.readAllBytes(probe.resolve("cores-2/bench-cpu.json")).length;
        return IntStream.iterate(0, cut -> cut < length - 2, cut -> cut + 211)
                .mapToObj(cut -> DynamicTest.dynamicTest("cut at " + cut, () -> {
                    Path bundle = BundleFixture.cpuBundle(tmp.resolve("cut-" + cut)).dir();
                    Path f = bundle.resolve("cores-2/bench-cpu.json");
                    Files.write(f, java.util.Arrays.copyOf(Files.readAllBytes(f), cut));
                    Cli.Run r = Cli.run(bundle.toString());
                    assertEquals(3, r.exit(), r.all());
                    assertTrue(r.err().contains("cores-2/bench-cpu.json: "), r.err());
                    assertTrue(Files.readString(bundle.resolve("results.csv")).contains(",sequential,1,"),
                            "the undamaged core count is still reported");
                }));
    }

    private void check(int seed) throws IOException {
        Path root = Files.createDirectories(tmp.resolve("case-" + seed));
        Path bundle = BundleFixture.cpuBundle(root.resolve("bundle")).dir();
        SplittableRandom rnd = new SplittableRandom(seed);
        String what = damage(bundle, rnd);
        Set<String> outsideBefore = outside(root, bundle);
        Cli.Run r = Cli.run(bundle.toString());
        String ctx = "seed " + seed + " (" + what + "): exit " + r.exit() + "\n" + r.all();
        assertTrue(Set.of(0, 2, 3).contains(r.exit()), ctx);
        assertFalse(r.all().contains("\tat "), "stack trace: " + ctx);
        assertFalse(r.all().contains("Exception"), "exception text: " + ctx);
        if (r.exit() != 0) {
            assertTrue(r.err().matches("(?s).*(machine\\.json|run\\.json|cores-|bundle).*"), "names no file: " + ctx);
        }
        if (r.exit() == 3) {
            assertTrue(Files.isRegularFile(bundle.resolve("report.md")), "exit 3 means a report was written: " + ctx);
        }
        assertEquals(outsideBefore, outside(root, bundle), "wrote outside the bundle: " + ctx);
        try (Stream<Path> s = Files.walk(bundle)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temp file left: " + ctx);
        }
    }

    /** Applies one random kind of damage to one random file; returns what it did. */
    static String damage(Path bundle, SplittableRandom rnd) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(bundle)) {
            files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toCollection(ArrayList::new));
        }
        Path f = files.get(rnd.nextInt(files.size()));
        String name = bundle.relativize(f).toString();
        byte[] bytes = Files.readAllBytes(f);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int kind = rnd.nextInt(7);
        switch (kind) {
            case 0 -> {
                int cut = rnd.nextInt(bytes.length + 1);
                Files.write(f, java.util.Arrays.copyOf(bytes, cut));
                return "truncate " + name + " at " + cut;
            }
            case 1 -> {
                for (int i = 0; i < 1 + rnd.nextInt(8); i++) {
                    bytes[rnd.nextInt(bytes.length)] = (byte) rnd.nextInt(256);
                }
                Files.write(f, bytes);
                return "random bytes in " + name;
            }
            case 2 -> {
                int at = rnd.nextInt(text.length() + 1);
                String tok = TOKENS[rnd.nextInt(TOKENS.length)];
                Files.writeString(f, text.substring(0, at) + tok + text.substring(at));
                return "insert " + tok + " into " + name + " at " + at;
            }
            case 3 -> {
                int at = rnd.nextInt(Math.max(1, text.length()));
                int len = Math.min(text.length() - at, 1 + rnd.nextInt(40));
                Files.writeString(f, text.substring(0, at) + text.substring(at + Math.max(0, len)));
                return "delete " + len + " chars of " + name + " at " + at;
            }
            case 4 -> {
                String tok = TOKENS[rnd.nextInt(TOKENS.length)];
                String out = text.replaceFirst("(?<=: )[-0-9.eE]+(?=[,\\n])", java.util.regex.Matcher.quoteReplacement(tok));
                Files.writeString(f, out);
                return "replace first number of " + name + " with " + tok;
            }
            case 5 -> {
                Files.delete(f);
                return "delete " + name;
            }
            default -> {
                Files.write(f, new byte[0]);
                return "empty " + name;
            }
        }
    }

    private static Set<String> outside(Path root, Path bundle) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.startsWith(bundle)).map(Path::toString).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
