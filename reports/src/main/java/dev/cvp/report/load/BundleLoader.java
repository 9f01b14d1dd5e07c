package dev.cvp.report.load;

import dev.cvp.report.model.Bundle;
import dev.cvp.report.model.MachineInfo;
import dev.cvp.report.model.Measurement;
import dev.cvp.report.model.Problem;
import dev.cvp.report.model.RunCell;
import dev.cvp.report.model.Workload;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a result bundle (DESIGN.md): machine.json, run.json and every
 * {@code cores-<k>/<module>.json}. What cannot be used at all is a {@link BadInputException};
 * everything else that is wrong becomes a {@link Problem} and the rest is still read.
 */
public final class BundleLoader {

    /** The bundle format this tool reads (major version). */
    public static final String FORMAT_VERSION = "1";

    private static final Pattern CORES_DIR = Pattern.compile("cores-(\\d{1,6})");
    private static final Pattern CORES_LIKE = Pattern.compile("cores-.*");

    /** One cores-k/module.json to read. */
    private record ResultFile(Path path, String name, String module, int cores) {
    }

    private final Path dir;
    private final List<Problem> problems = new ArrayList<>();

    private BundleLoader(Path dir) {
        this.dir = dir;
    }

    public static Bundle load(Path dir) throws BadInputException {
        return new BundleLoader(dir).read();
    }

    private Bundle read() throws BadInputException {
        if (!Files.exists(dir)) {
            throw new BadInputException(dir + ": no such directory (give the folder bench.sh wrote, e.g. results/<run-id>)");
        }
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": not a directory (give the result bundle folder, e.g. results/<run-id>)");
        }
        Path machineFile = dir.resolve("machine.json");
        Path runFile = dir.resolve("run.json");
        Map<Integer, Path> coreDirs = coreDirs();
        if (!Files.exists(machineFile) && !Files.exists(runFile) && coreDirs.isEmpty()) {
            throw new BadInputException(dir + ": not a result bundle: it has no machine.json, run.json or cores-<k>/ folder"
                    + " (make one with scripts/bench.sh, or put plain JMH JSON under cores-<k>/<name>.json)");
        }
        MetadataReader.Document machineDoc = Files.exists(machineFile)
                ? MetadataReader.readObject(machineFile, "machine.json") : null;
        MetadataReader.Document runDoc = Files.exists(runFile) ? MetadataReader.readObject(runFile, "run.json") : null;
        checkVersions(machineDoc, runDoc);
        MachineInfo machine = MachineInfo.empty();
        if (machineDoc != null && machineDoc.problem() != null) {
            problems.add(machineDoc.problem());
        } else if (machineDoc != null) {
            machine = MetadataReader.machine(machineDoc.root());
        }
        List<RunCell> runCells = new ArrayList<>();
        if (runDoc != null && runDoc.problem() != null) {
            problems.add(runDoc.problem());
        } else if (runDoc != null) {
            runCells = MetadataReader.cells(runDoc.root(), "run.json", problems);
        }
        List<Measurement> measurements = new ArrayList<>();
        Map<String, Integer> resultsPerFile = new HashMap<>();
        List<ResultFile> files = new ArrayList<>();
        for (Map.Entry<Integer, Path> e : coreDirs.entrySet()) {
            for (Path file : jsonFiles(e.getValue())) {
                String fileName = file.getFileName().toString();
                files.add(new ResultFile(file, dir.relativize(file).toString(),
                        fileName.substring(0, fileName.length() - ".json".length()), e.getKey()));
            }
        }
        // parsing dominates loading and the files are independent: read them on every core, keep their order
        List<JmhResultReader.Output> outputs = files.parallelStream()
                .map(f -> JmhResultReader.read(f.path(), f.name(), f.module(), f.cores())).toList();
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).name();
            JmhResultReader.Output out = outputs.get(i);
            measurements.addAll(out.measurements());
            problems.addAll(out.problems());
            resultsPerFile.put(name, out.measurements().size());
            if (out.measurements().isEmpty() && out.problems().isEmpty()) {
                problems.add(new Problem(name, "holds no results (an empty list)"));
            }
        }
        crossCheck(runCells, resultsPerFile);
        List<Workload> workloads = WorkloadAssembler.assemble(measurements, problems);
        return new Bundle(dir, machine, runCells, measurements, workloads, problems);
    }

    private void checkVersions(MetadataReader.Document machine, MetadataReader.Document run) throws BadInputException {
        String mv = machine == null || machine.root() == null ? null : MetadataReader.formatVersion(machine.root());
        String rv = run == null || run.root() == null ? null : MetadataReader.formatVersion(run.root());
        if (mv != null && rv != null && !major(mv).equals(major(rv))) {
            throw new BadInputException(dir + ": mixed format versions: machine.json has formatVersion " + mv
                    + ", run.json has " + rv + " (both must come from the same bench.sh)");
        }
        for (String[] v : new String[][] {{"machine.json", mv}, {"run.json", rv}}) {
            if (v[1] != null && !major(v[1]).equals(FORMAT_VERSION)) {
                throw new BadInputException(dir.resolve(v[0]) + ": formatVersion " + v[1]
                        + " is not supported (this report tool reads format " + FORMAT_VERSION + ")");
            }
        }
    }

    private static String major(String version) {
        String v = version.trim();
        int dot = v.indexOf('.');
        return dot < 0 ? v : v.substring(0, dot);
    }

    private Map<Integer, Path> coreDirs() throws BadInputException {
        Map<Integer, Path> out = new java.util.TreeMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (!Files.isDirectory(p) || !CORES_LIKE.matcher(n).matches()) {
                    continue;
                }
                Matcher m = CORES_DIR.matcher(n);
                int k = m.matches() ? Integer.parseInt(m.group(1)) : 0;
                if (k < 1) {
                    problems.add(new Problem(n, "not a core-count folder (expected cores-<k> with k a number >= 1); ignored"));
                } else {
                    out.put(k, p);
                }
            }
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot list the folder: " + JsonErrors.firstLine(e.getMessage()), e);
        }
        return out;
    }

    private List<Path> jsonFiles(Path coreDir) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(coreDir, "*.json")) {
            for (Path p : ds) {
                if (Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            problems.add(new Problem(dir.relativize(coreDir).toString(), "cannot list: " + JsonErrors.firstLine(e.getMessage())));
        }
        out.sort(null);
        return out;
    }

    /** Cells run.json says failed or never ran, and ok cells whose results are missing. */
    private void crossCheck(List<RunCell> cells, Map<String, Integer> resultsPerFile) {
        for (RunCell c : cells) {
            String module = moduleName(c.module(), c.cores(), resultsPerFile);
            String file = "cores-" + c.cores() + "/" + module + ".json";
            Integer results = resultsPerFile.get(file);
            String cell = "cell " + module + " at " + c.cores() + " core(s)";
            if (!c.ok()) {
                String how = switch (c.state()) {
                    case "failed" -> "failed" + (c.exitCode() == null ? "" : " (exit " + c.exitCode() + ")");
                    case "pending" -> "never finished (pending: the run stopped first; bench.sh --resume continues it)";
                    case "skipped" -> "was skipped";
                    default -> "has state \"" + c.state() + "\"";
                };
                String reason = c.reason() == null || c.reason().isBlank() ? "" : ": " + c.reason();
                String log = c.state().equals("failed") ? "; see cores-" + c.cores() + "/" + module + ".log" : "";
                String partial = results != null && results > 0
                        ? "; its " + results + " result(s) are shown but may be partial" : "";
                problems.add(new Problem("run.json", cell + " " + how + reason + log + partial));
            } else if (results == null) {
                problems.add(new Problem(file, "missing, though run.json says " + cell + " finished ok"));
            }
        }
    }

    /** run.json may use the short names cpu, io, process; files use the Maven module names. */
    private static String moduleName(String module, int cores, Map<String, Integer> resultsPerFile) {
        if (!module.startsWith("bench-") && !resultsPerFile.containsKey("cores-" + cores + "/" + module + ".json")
                && module.matches("cpu|io|process")) {
            return "bench-" + module;
        }
        return module;
    }
}
