package dev.cvp.runner.cell;

import dev.cvp.bundle.BundleLock;
import dev.cvp.bundle.BundleWriter;
import dev.cvp.bundle.Cell;
import dev.cvp.bundle.CellState;
import dev.cvp.bundle.Load;
import dev.cvp.bundle.jmh.JmhResultFile;
import dev.cvp.runner.Times;
import dev.cvp.runner.machine.Cpus;
import dev.cvp.runner.machine.LoadMonitor;
import dev.cvp.runner.machine.SpeedProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Runs one round of a cell (one JMH invocation): pinned, in its own process group, its console output into the bundle, under a
 * time limit, and decides whether it succeeded. A cell is failed when JMH exits non-zero, when
 * its output reports a failed benchmark or a dead fork (the valid results are kept), when there
 * is no valid result file or no result at all, or when it runs past its time limit.
 */
public final class CellRun {

    private static final long GRACE_MILLIS = 10_000;
    private static final long POLL_MILLIS = 200;
    private static final int TAIL_LINES = 20;

    private final BundleWriter writer;
    private final BundleLock lock;
    private final Pinning pinning;
    private final Path javaBin;
    private final Interrupts interrupts;
    private final Clock clock;
    private final ClassArchives archives;
    private final SpeedProbe probe;
    private final boolean busySpells;

    /**
     * With {@code archives}: the forks of each module share a class-data archive (see {@link ClassArchives});
     * with {@code probe}: each invocation's load record says how fast its CPUs computed (see {@link SpeedProbe});
     * with {@code busySpells}: and when other processes were busy on them (see {@link LoadMonitor}).
     */
    public CellRun(BundleWriter writer, BundleLock lock, Pinning pinning, Path javaBin, Interrupts interrupts,
                   Clock clock, ClassArchives archives, SpeedProbe probe, boolean busySpells) {
        this.writer = writer;
        this.busySpells = busySpells;
        this.lock = lock;
        this.pinning = pinning;
        this.javaBin = javaBin;
        this.interrupts = interrupts;
        this.clock = clock;
        this.archives = archives;
        this.probe = probe;
    }

    /** The command line of a cell (taskset and setsid where present). */
    public List<String> command(CellSpec spec, Path resultFile) {
        List<String> cmd = new ArrayList<>();
        pinning.setsid().ifPresent(p -> cmd.add(p.toString()));
        pinning.taskset().ifPresent(p -> {
            cmd.add(p.toString());
            cmd.add("-c");
            cmd.add(pinning.cellCpus(spec.cores(), spec.round()));
        });
        cmd.add(javaBin.toString());
        cmd.add("-XX:ActiveProcessorCount=" + spec.cores());
        // JMH's own lock (/tmp/jmh.lock) would fail every cell of a second concurrent run; the
        // runner warns about concurrent runs itself and records them per cell instead
        cmd.add("-Djmh.ignoreLock=true");
        cmd.add("-jar");
        cmd.add(spec.jar().toString());
        cmd.addAll(spec.options().forCell(spec.cores(), resultFile.toString(), archives.forkFlags(spec.module())));
        return cmd;
    }

    /** How a cell ended, and what else the machine did meanwhile (null where it could not be sampled). */
    public record Result(Cell.Outcome outcome, Load load) {
    }

    public Result run(CellSpec spec) throws IOException {
        BundleWriter.CellFiles files = writer.cellFiles(spec.module(), spec.cores(), spec.round());
        String pinned = pinning.enforced() ? pinning.cellCpus(spec.cores(), spec.round()) : null;
        List<String> cmd = command(spec, files.tmpJson());
        long start = System.nanoTime();
        try {
            writer.beginLog(files, "# runner: " + quoted(cmd));
        } catch (IOException e) {
            return new Result(failed(0.0, null, pinned, null, null, null, "could not write " + files.tmpLog()
                    + " (disk full?): " + e.getMessage(), null), null);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(files.tmpLog().toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        if (!spec.pathPrefix().isEmpty()) {
            String path = pb.environment().getOrDefault("PATH", "");
            List<String> dirs = new ArrayList<>(spec.pathPrefix().stream().map(Path::toString).toList());
            dirs.add(path);
            pb.environment().put("PATH", String.join(java.io.File.pathSeparator, dirs));
        }
        Process process = pb.start();
        long pgid = process.pid();
        recordChild(pgid);
        List<Integer> sampled = pinning.enforced() ? pinning.cellCpuList(spec.cores(), spec.round()) : pinning.available();
        LoadMonitor monitor = new LoadMonitor(Path.of("/proc"), sampled, pgid);
        Watch watch = watch(process, spec.timeoutSeconds(), start, monitor);
        Load load = monitor.finish().map(l -> {
            long end = System.nanoTime();
            OptionalDouble slow = probe.slowdown(start, end, sampled);
            return l.withCpuSlowdown(slow.isPresent() ? slow.getAsDouble() : null)
                    .withProbeMicros(probe.micros(start, end, sampled))
                    .withSlowSpells(probe.spells(start, end, sampled))
                    .withBusySpells(busySpells ? l.busySpells() : null);
        }).orElse(null);
        if (watch.why != null) {
            ProcessGroups.stop(pgid, GRACE_MILLIS);
        }
        int rc = waitFor(process);
        if (ProcessGroups.alive(pgid)) {
            // the JMH runner exited but something it started is still running
            ProcessGroups.stop(pgid, GRACE_MILLIS);
        }
        recordChild(null);
        double seconds = Math.round((System.nanoTime() - start) / 1e8) / 10.0;
        if ("interrupted".equals(watch.why)) {
            writer.shelveInterrupted(files);
            return new Result(new Cell.Outcome(CellState.PENDING, null, seconds, Times.now(clock), null, pinned,
                    watch.affinity, null, null, "interrupted by SIG" + interrupts.signal() + " after " + seconds + "s",
                    null), load);
        }
        return new Result(judge(spec, files, rc, seconds, watch, pinned), load);
    }

    /**
     * Names the running cell's process group in the lock (for a resume after a kill). On a full
     * disk the lock cannot be rewritten; the cell must still be waited for, judged and its output
     * placed, so that is not an error here.
     */
    private void recordChild(Long pgid) {
        try {
            lock.setChild(pgid);
        } catch (IOException e) {
            // the lock keeps its previous owner line; a resume then finds no live process group there
        }
    }

    private Cell.Outcome judge(CellSpec spec, BundleWriter.CellFiles files, int rc, double seconds, Watch watch,
                               String pinned) throws IOException {
        JmhLog log = JmhLog.read(files.tmpLog());
        String jsonProblem = null;
        int count = 0;
        if (Files.isRegularFile(files.tmpJson()) && Files.size(files.tmpJson()) > 0) {
            JmhResultFile.Contents c = JmhResultFile.read(files.tmpJson(), writer.layout().relative(files.json()));
            count = c.results().size();
            if (!c.problems().isEmpty()) {
                jsonProblem = "the result file is invalid JSON or holds invalid results ("
                        + c.problems().get(0).message() + ")";
            }
        } else {
            jsonProblem = "JMH wrote no result file";
        }
        Integer exit = rc;
        String reason = null;
        if ("timeout".equals(watch.why)) {
            reason = "timed out after " + spec.timeoutSeconds()
                    + "s (the cell time limit; raise it with --cell-timeout) and was stopped";
        } else if (rc != 0) {
            reason = "JMH exited with code " + rc + ": " + (log.first() != null ? log.first() : JmhLog.errorLine(files.tmpLog()));
        } else if (log.failed() > 0) {
            exit = log.forkExit() != null ? log.forkExit() : rc;
            reason = log.failed() + " of " + log.total() + " benchmarks failed; first: " + log.first();
        } else if (jsonProblem != null) {
            reason = "no usable results: " + jsonProblem;
        } else if (count == 0) {
            reason = "no benchmark ran (does a benchmark regex in the profile or extra options match nothing?)";
        } else if (log.total() > 0 && count < log.total()) {
            reason = "only " + count + " of " + log.total() + " benchmarks have results; see the log";
        }
        String logName = writer.placeLog(files);
        String jsonName = null;
        if (jsonProblem == null && count > 0) {
            jsonName = writer.placeJson(files);
        } else if (Files.exists(files.tmpJson())) {
            writer.shelveInvalid(files);
        }
        if (reason == null) {
            return new Cell.Outcome(CellState.OK, exit, seconds, Times.now(clock), count, pinned,
                    watch.affinity, logName, jsonName, null, null);
        }
        return failed(seconds, exit, pinned, watch.affinity, logName, jsonName, reason,
                JmhLog.tail(writer.layout().resolve(logName), TAIL_LINES)).withResults(jsonName == null ? null : count);
    }

    private Cell.Outcome failed(double seconds, Integer exit, String pinned, String affinity, String log, String json,
                                String reason, String tail) {
        return new Cell.Outcome(CellState.FAILED, exit, seconds, Times.now(clock), null, pinned, affinity, log,
                json, JmhLog.oneLine(reason, 600), tail);
    }

    /** How the wait for a cell ended: why it was stopped (null when it ended by itself), its JVM's affinity. */
    private static final class Watch {
        String why;
        String affinity;
    }

    private Watch watch(Process process, long timeoutSeconds, long start, LoadMonitor monitor) {
        Watch w = new Watch();
        while (process.isAlive()) {
            monitor.sampleIfDue(System.nanoTime());
            if (w.affinity == null && "java".equals(comm(process.pid()))) {
                w.affinity = Cpus.affinity(process.pid()).orElse(null);
            }
            if (interrupts.raised()) {
                w.why = "interrupted";
                return w;
            }
            if (System.nanoTime() - start >= timeoutSeconds * 1_000_000_000L) {
                w.why = "timeout";
                return w;
            }
            try {
                process.waitFor(POLL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                w.why = "interrupted";
                return w;
            }
        }
        return w;
    }

    private static String comm(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "comm")).strip();
        } catch (IOException e) {
            return ProcessHandle.of(pid).flatMap(h -> h.info().command()).map(c -> Path.of(c).getFileName().toString())
                    .orElse("");
        }
    }

    private static int waitFor(Process p) {
        while (true) {
            try {
                return p.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: the process group was stopped already
            }
        }
    }

    /** The command as a shell would need it quoted, for the log's first line. */
    static String quoted(List<String> cmd) {
        return cmd.stream().map(a -> a.matches("[A-Za-z0-9_./:=,+@%-]+") ? a : "'" + a.replace("'", "'\\''") + "'")
                .collect(Collectors.joining(" "));
    }
}
