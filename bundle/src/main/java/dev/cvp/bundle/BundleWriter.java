package dev.cvp.bundle;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one bundle: creates its folder under a unique run id, writes machine.json once and
 * run.json after every change, moves each cell's output from its temporary name into place, and
 * shelves earlier or interrupted output under {@code attempts/} where nothing is overwritten.
 */
public final class BundleWriter {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'")
            .withZone(ZoneOffset.UTC);

    private final BundleLayout layout;

    private BundleWriter(Path dir) {
        this.layout = new BundleLayout(dir);
    }

    /**
     * Creates {@code root/<UTC yyyyMMddTHHmmZ>-<label>}, or with {@code -2}, {@code -3}... when
     * taken. Creating a folder is atomic, so two runners starting together never share one.
     */
    public static BundleWriter create(Path root, String label, Instant now) throws IOException {
        if (!Labels.valid(label)) {
            throw new IllegalArgumentException("label '" + label + "': " + Labels.rule());
        }
        Files.createDirectories(root);
        String stamp = STAMP.format(now);
        for (int n = 1; n < 1000; n++) {
            Path dir = root.resolve(stamp + "-" + label + (n == 1 ? "" : "-" + n));
            try {
                Files.createDirectory(dir);
                return new BundleWriter(dir);
            } catch (FileAlreadyExistsException e) {
                // taken: try the next suffix
            }
        }
        throw new IOException("no free run id under " + root + " for " + stamp + "-" + label);
    }

    /** A writer for an existing bundle (a resume). */
    public static BundleWriter open(Path dir) {
        return new BundleWriter(dir);
    }

    public BundleLayout layout() {
        return layout;
    }

    public Path dir() {
        return layout.dir();
    }

    public String runId() {
        return layout.dir().getFileName().toString();
    }

    /** machine.json, once: refuses to overwrite. */
    public void writeMachine(Machine machine) throws IOException {
        AtomicFiles.createJson(layout.machineFile(), machine);
    }

    /** benchmarks.json, once: refuses to overwrite. */
    public void writeDeclarations(dev.cvp.bundle.declare.Declarations declarations) throws IOException {
        AtomicFiles.createJson(layout.benchmarksFile(), declarations);
    }

    public void writeRun(Run run) throws IOException {
        AtomicFiles.writeJson(layout.runFile(), run);
    }

    /**
     * Where one round of a running cell puts its JMH output until it is placed: temporary names
     * inside cores-k/, beside the final names of {@link BundleLayout#resultName(String, int, int)}.
     */
    public CellFiles cellFiles(String module, int cores, int round) throws IOException {
        Files.createDirectories(layout.coresDir(cores));
        Path log = layout.resolve(BundleLayout.logName(module, cores, round));
        Path json = layout.resolve(BundleLayout.resultName(module, cores, round));
        return new CellFiles(AtomicFiles.temporaryFor(log), AtomicFiles.temporaryFor(json), log, json,
                shelfStem(module, cores, round));
    }

    /**
     * The temporary and final names of one invocation's log and result file.
     *
     * @param shelfStem what its files are called under attempts/: {@code cores-<k>-<module>[.r<N>]}
     */
    public record CellFiles(Path tmpLog, Path tmpJson, Path log, Path json, String shelfStem) {
    }

    /**
     * Starts the cell's temporary log with one line saying what runs; the cell's processes then
     * append their console output to it.
     */
    public void beginLog(CellFiles f, String firstLine) throws IOException {
        try {
            Files.writeString(f.tmpLog(), firstLine + "\n", java.nio.charset.StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(f.tmpLog());
            throw e;
        }
    }

    /** Moves the cell's temporary log into place; returns its name relative to the bundle. */
    public String placeLog(CellFiles f) throws IOException {
        AtomicFiles.move(f.tmpLog(), f.log(), false);
        return layout.relative(f.log());
    }

    /** Moves the cell's temporary result file into place; returns its name relative to the bundle. */
    public String placeJson(CellFiles f) throws IOException {
        AtomicFiles.move(f.tmpJson(), f.json(), false);
        return layout.relative(f.json());
    }

    /**
     * Moves an earlier attempt's log and result file of a cell's round to attempts/ before the
     * round runs again: {@code cores-<k>-<module>[.r<N>].attempt-<a>.log|json}.
     */
    public void shelvePrevious(String module, int cores, int round, int attempt) throws IOException {
        for (String name : List.of(BundleLayout.logName(module, cores, round),
                BundleLayout.resultName(module, cores, round))) {
            Path f = layout.resolve(name);
            if (Files.exists(f)) {
                shelve(f, shelfStem(module, cores, round) + ".attempt-" + attempt, extension(name));
            }
        }
    }

    /** Shelves an interrupted invocation's temporary log; the temporary result file is dropped. */
    public void shelveInterrupted(CellFiles f) throws IOException {
        Files.deleteIfExists(f.tmpJson());
        if (Files.exists(f.tmpLog())) {
            shelve(f.tmpLog(), f.shelfStem() + ".interrupted", "log");
        }
    }

    /** Keeps an unusable result file out of the results, under attempts/ (nothing is deleted). */
    public void shelveInvalid(CellFiles f) throws IOException {
        if (Files.exists(f.tmpJson())) {
            shelve(f.tmpJson(), f.shelfStem() + ".invalid", "json");
        }
    }

    /**
     * What a killed runner left: temporary JSON rewrites at the top are dropped; temporary cell
     * output is moved to attempts/ (it may hold the only trace of what happened).
     *
     * @return the names shelved
     */
    public List<String> shelveLeftovers() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path f : temporaries(layout.dir())) {
            Files.deleteIfExists(f);
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(layout.dir(), "cores-*")) {
            for (Path coreDir : dirs) {
                if (!Files.isDirectory(coreDir)) {
                    continue;
                }
                for (Path f : temporaries(coreDir)) {
                    String base = f.getFileName().toString().substring(1);
                    String kept = base.substring(0, base.indexOf(".tmp-"));
                    String stem = kept.contains(".") ? kept.substring(0, kept.lastIndexOf('.')) : kept;
                    out.add(layout.relative(shelve(f, coreDir.getFileName() + "-" + stem + ".interrupted",
                            extension(kept))));
                }
            }
        }
        return out;
    }

    /** Copies a build log into the bundle as {@code build-<time>.log}; returns its name. */
    public String keepBuildLog(Path log, Instant now) throws IOException {
        String name = "build-" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(now)
                + ".log";
        AtomicFiles.write(layout.resolve(name), Files.readAllBytes(log), false);
        return name;
    }

    private static String shelfStem(String module, int cores, int round) {
        return BundleLayout.coresDirName(cores) + "-" + BundleLayout.roundStem(module, round);
    }

    private static List<Path> temporaries(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (Files.isRegularFile(p) && AtomicFiles.isTemporary(p)) {
                    out.add(p);
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** Moves {@code file} to attempts/STEM.EXT, or STEM-2.EXT, STEM-3.EXT... when taken. */
    private Path shelve(Path file, String stem, String ext) throws IOException {
        Files.createDirectories(layout.attemptsDir());
        for (int n = 1; ; n++) {
            Path target = layout.attemptsDir().resolve(stem + (n == 1 ? "" : "-" + n) + "." + ext);
            if (!Files.exists(target)) {
                AtomicFiles.move(file, target, false);
                return target;
            }
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "out" : name.substring(dot + 1);
    }
}
