package dev.cvp.bundle;

import dev.cvp.bundle.declare.Declarations;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The one place that decides what a bundle is. A folder that cannot be a bundle at all (missing,
 * empty of bundle files, of an unknown or mixed format version) is a {@link BadBundleException};
 * anything else that is wrong (a missing or unreadable machine.json or run.json, a stray folder)
 * becomes a {@link Problem}, and the rest is still read.
 */
public final class BundleReader {

    private final BundleLayout layout;
    private final List<Problem> problems = new ArrayList<>();

    private BundleReader(Path dir) {
        this.layout = new BundleLayout(dir);
    }

    public static BundleContents read(Path dir) throws BadBundleException {
        return new BundleReader(dir).contents();
    }

    /** run.json alone, for a runner resuming a bundle: any problem is fatal there. */
    public static Run readRun(Path dir) throws BadBundleException {
        BundleReader r = new BundleReader(dir);
        JsonNode tree = r.tree(r.layout.runFile(), BundleLayout.RUN, true);
        Optional<Run> run = tree == null ? Optional.empty() : r.run(tree);
        if (!r.problems.isEmpty() || run.isEmpty()) {
            throw new BadBundleException(dir + ": " + (r.problems.isEmpty() ? "run.json is unreadable" : r.problems.get(0)));
        }
        return run.get();
    }

    /** machine.json alone, for a runner resuming a bundle: any problem is fatal there. */
    public static Machine readMachine(Path dir) throws BadBundleException {
        BundleReader r = new BundleReader(dir);
        JsonNode tree = r.tree(r.layout.machineFile(), BundleLayout.MACHINE, true);
        Optional<Machine> machine = tree == null ? Optional.empty() : r.typed(tree, Machine.class, BundleLayout.MACHINE);
        if (!r.problems.isEmpty() || machine.isEmpty()) {
            throw new BadBundleException(dir + ": " + (r.problems.isEmpty() ? "machine.json is unreadable" : r.problems.get(0)));
        }
        return machine.get();
    }

    private BundleContents contents() throws BadBundleException {
        Path dir = layout.dir();
        if (!Files.exists(dir)) {
            throw new BadBundleException(dir + ": no such directory (give the folder bench.sh wrote, e.g. results/<run-id>)");
        }
        if (!Files.isDirectory(dir)) {
            throw new BadBundleException(dir + ": not a directory (give the result bundle folder, e.g. results/<run-id>)");
        }
        Map<Integer, Path> coreDirs = coreDirs();
        boolean hasMachine = Files.exists(layout.machineFile());
        boolean hasRun = Files.exists(layout.runFile());
        if (!hasMachine && !hasRun && coreDirs.isEmpty()) {
            throw new BadBundleException(dir + ": not a result bundle: it has no machine.json, run.json or cores-<k>/ folder"
                    + " (make one with scripts/bench.sh, or put plain JMH JSON under cores-<k>/<name>.json)");
        }
        JsonNode machineTree = tree(layout.machineFile(), BundleLayout.MACHINE, false);
        JsonNode runTree = tree(layout.runFile(), BundleLayout.RUN, false);
        checkVersions(machineTree, runTree);
        if (!hasMachine) {
            problems.add(new Problem(BundleLayout.MACHINE, "missing: which machine, JVM and settings measured these"
                    + " results is unknown (scripts/bench.sh writes it before the first cell)"));
        }
        if (!hasRun) {
            problems.add(new Problem(BundleLayout.RUN, "missing: which cells were planned and how they ended is unknown"
                    + " (scripts/bench.sh writes it before the first cell)"));
        }
        Optional<Machine> machine = machineTree == null ? Optional.empty()
                : typed(machineTree, Machine.class, BundleLayout.MACHINE);
        Optional<Run> run = runTree == null ? Optional.empty() : run(runTree);
        List<BundleContents.ResultFile> files = new ArrayList<>();
        for (Map.Entry<Integer, Path> e : coreDirs.entrySet()) {
            for (Path file : jsonFiles(e.getValue())) {
                String fileName = file.getFileName().toString();
                files.add(new BundleContents.ResultFile(file, layout.relative(file), BundleLayout.moduleOf(fileName),
                        e.getKey()));
            }
        }
        JsonNode benchmarksTree = tree(layout.benchmarksFile(), BundleLayout.BENCHMARKS, false);
        Declarations declarations = benchmarksTree == null ? Declarations.NONE
                : typed(benchmarksTree, Declarations.class, BundleLayout.BENCHMARKS).orElse(Declarations.NONE);
        return new BundleContents(dir, machine, run, declarations, files, problems);
    }

    /** The file's JSON tree; null (with a problem) when it is absent, unreadable or not an object. */
    private JsonNode tree(Path file, String name, boolean required) {
        if (!Files.exists(file)) {
            if (required) {
                problems.add(new Problem(name, "missing"));
            }
            return null;
        }
        try {
            JsonNode root = BundleJson.DOCUMENT.readValue(file.toFile());
            if (root == null || root.isMissingNode() || !root.isObject()) {
                problems.add(new Problem(name, "expected a JSON object { ... }, got "
                        + (root == null || root.isMissingNode() ? "an empty file" : shown(root))));
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            problems.add(new Problem(name, "malformed JSON at " + BundleJson.describe(e)));
        } catch (IOException e) {
            problems.add(new Problem(name, "cannot read: " + BundleJson.firstLine(e.getMessage())));
        }
        return null;
    }

    private <T> Optional<T> typed(JsonNode tree, Class<T> type, String name) {
        try {
            return Optional.of(BundleJson.MAPPER.treeToValue(tree, type));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String detail = e instanceof JsonProcessingException j ? BundleJson.describe(j) : BundleJson.firstLine(e.getMessage());
            problems.add(new Problem(name, "unreadable: " + detail.replaceFirst("^unknown position: ", "")));
            return Optional.empty();
        }
    }

    /** run.json typed, with a list of cells; a cell without module, core count or state is named and left out. */
    private Optional<Run> run(JsonNode tree) {
        JsonNode cells = tree.get("cells");
        if (cells == null || !cells.isArray()) {
            problems.add(new Problem(BundleLayout.RUN, "field cells: expected a list, got "
                    + (cells == null ? "nothing (field absent)" : shown(cells))));
            return Optional.empty();
        }
        return typed(tree, Run.class, BundleLayout.RUN).map(this::usableCells);
    }

    /** The run without the cells that Jackson accepted but that make no sense, each named. */
    private Run usableCells(Run run) {
        List<Cell> usable = new ArrayList<>();
        int index = 0;
        for (Cell c : run.cells()) {
            String at = "field cells[" + index++ + "]";
            String wrong = null;
            if (c.module() == null || c.module().isBlank()) {
                wrong = at + ".module: expected a module name, got nothing";
            } else if (c.cores() < 1) {
                wrong = at + ".cores: expected a whole number >= 1, got " + c.cores();
            } else if (c.state() == null) {
                wrong = at + ".state: expected pending, ok, failed or skipped, got nothing";
            }
            if (wrong == null) {
                usable.add(c);
            } else {
                problems.add(new Problem(BundleLayout.RUN, wrong + "; entry ignored"));
            }
        }
        return usable.size() == run.cells().size() ? run
                : new Run(run.formatVersion(), run.runId(), run.settings(), run.resumes(), usable, run.invocations());
    }

    private void checkVersions(JsonNode machine, JsonNode run) throws BadBundleException {
        Integer mv = version(machine, BundleLayout.MACHINE);
        Integer rv = version(run, BundleLayout.RUN);
        if (mv != null && rv != null && !mv.equals(rv)) {
            throw new BadBundleException(layout.dir() + ": mixed format versions: machine.json has formatVersion " + mv
                    + ", run.json has " + rv + " (both must come from the same run)");
        }
    }

    private Integer version(JsonNode root, String name) throws BadBundleException {
        if (root == null || !root.has("formatVersion")) {
            return null;
        }
        JsonNode v = root.get("formatVersion");
        String text = v.asText().trim();
        int major;
        try {
            major = Integer.parseInt(text.contains(".") ? text.substring(0, text.indexOf('.')) : text);
        } catch (NumberFormatException e) {
            throw new BadBundleException(layout.dir().resolve(name) + ": formatVersion " + shown(v)
                    + " is not a version number (this tool reads formats " + FormatVersion.OLDEST_READABLE + " to "
                    + FormatVersion.CURRENT + ")");
        }
        if (!FormatVersion.readable(major)) {
            throw new BadBundleException(layout.dir().resolve(name) + ": formatVersion " + text
                    + " is not supported (this tool reads formats " + FormatVersion.OLDEST_READABLE + " to "
                    + FormatVersion.CURRENT + ")");
        }
        return major;
    }

    private Map<Integer, Path> coreDirs() throws BadBundleException {
        Map<Integer, Path> out = new TreeMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(layout.dir())) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (!Files.isDirectory(p) || !n.startsWith("cores-")) {
                    continue;
                }
                OptionalInt k = BundleLayout.coresOf(n);
                if (k.isEmpty()) {
                    problems.add(new Problem(n, "not a core-count folder (expected cores-<k> with k a number >= 1); ignored"));
                } else {
                    out.put(k.getAsInt(), p);
                }
            }
        } catch (IOException e) {
            throw new BadBundleException(layout.dir() + ": cannot list the folder: " + BundleJson.firstLine(e.getMessage()), e);
        }
        return out;
    }

    private List<Path> jsonFiles(Path coreDir) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(coreDir, "*.json")) {
            for (Path p : ds) {
                if (Files.isRegularFile(p) && !AtomicFiles.isTemporary(p)) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            problems.add(new Problem(layout.relative(coreDir), "cannot list: " + BundleJson.firstLine(e.getMessage())));
        }
        out.sort(null);
        return out;
    }

    private static String shown(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
