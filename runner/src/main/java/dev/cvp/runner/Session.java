package dev.cvp.runner;

import dev.cvp.bundle.BadBundleException;
import dev.cvp.bundle.BundleLayout;
import dev.cvp.bundle.BundleLock;
import dev.cvp.bundle.BundleReader;
import dev.cvp.bundle.BundleWriter;
import dev.cvp.bundle.Cell;
import dev.cvp.bundle.CellState;
import dev.cvp.bundle.Invocation;
import dev.cvp.bundle.Machine;
import dev.cvp.bundle.Resume;
import dev.cvp.bundle.Run;
import dev.cvp.bundle.Settings;
import dev.cvp.report.ReportCommand;
import dev.cvp.bundle.declare.Declarations;
import dev.cvp.runner.build.DeclarationsProbe;
import dev.cvp.runner.build.JarBuilder;
import dev.cvp.runner.cell.CellRun;
import dev.cvp.runner.cell.ClassArchives;
import dev.cvp.runner.cell.CellSpec;
import dev.cvp.runner.cell.Interrupts;
import dev.cvp.runner.cell.Pinning;
import dev.cvp.runner.cell.ProcessGroups;
import dev.cvp.runner.machine.CgroupQuota;
import dev.cvp.runner.machine.Cpus;
import dev.cvp.runner.machine.MachineProbe;
import dev.cvp.runner.machine.QuietCheck;
import dev.cvp.runner.machine.SpeedProbe;
import dev.cvp.runner.plan.Durations;
import dev.cvp.runner.plan.Profiles;
import dev.cvp.runner.plan.Refinement;
import dev.cvp.runner.refine.ExtraRound;
import dev.cvp.runner.refine.Refiner;
import dev.cvp.runner.plan.RoundOrder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One invocation of the runner: prepares a new bundle (or a resumed one), runs the queued cells
 * in order, records every change in run.json, and renders the report. A cell measured in several
 * rounds is queued once per round, in {@link RoundOrder}'s alternating order; a resume queues the
 * rounds that are not ok yet, in the same order.
 */
final class Session {

    private final RunnerEnv env;
    private final Pinning pinning;
    private final Interrupts interrupts;
    private final Clock clock;
    private final PrintWriter out;
    private final PrintWriter err;

    private final long startedNanos = System.nanoTime();
    private BundleWriter writer;
    private Run run;
    private boolean warnedConcurrent;

    Session(RunnerEnv env, Pinning pinning, Interrupts interrupts, Clock clock, PrintWriter out, PrintWriter err) {
        this.env = env;
        this.pinning = pinning;
        this.interrupts = interrupts;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    /** A round of a cell waiting to run. */
    private record Queued(String module, int cores, int round, int rounds) {

        static Queued of(RoundOrder.Slot s) {
            return new Queued(s.module(), s.cores(), s.round(), s.rounds());
        }

        String cell() {
            return module + "@" + cores;
        }
    }

    int run(Request request) throws UsageException, RunnerException {
        Planner planner = new Planner(env);
        Planner.Plan plan;
        List<dev.cvp.bundle.Interpreter> interpreters = new ArrayList<>();
        BundleLock lock;
        List<Queued> queue = new ArrayList<>();
        Map<String, String> unusable = new LinkedHashMap<>();
        Map<String, Long> expected = new LinkedHashMap<>();
        Long timeoutOverride = request.cellTimeout().isPresent() ? request.cellTimeout().getAsLong() : null;
        Optional<Refinement> refinement = Optional.empty();
        try (RunRegistry registry = new RunRegistry(env.registryDir())) {
            if (request.isResume()) {
                lock = prepareResume(request, planner, queue, unusable, interpreters, registry, timeoutOverride);
            } else {
                plan = planner.fresh(request);
                unusable.putAll(plan.unusable());
                interpreters.addAll(plan.interpreters());
                expected.putAll(plan.expected());
                refinement = Refinement.given(new Profiles(env.profilesDir()).refinement(request.profile()),
                        request.budget());
                lock = prepareFresh(request, plan, queue, unusable, registry);
            }
            try (BundleLock held = lock) {
                warnQuota();
                Planner.Plan current = new Planner.Plan(run.settings(), interpreters, unusable, expected);
                int[] counts = runQueue(oncePerSkippedCell(queue, unusable), current, held, registry, timeoutOverride,
                        refinement);
                return finish(request, counts);
            } catch (IOException e) {
                throw new RunnerException(ExitCodes.FAILED, "could not release the lock of " + writer.dir() + ": "
                        + e.getMessage());
            }
        }
    }

    // ------------------------------------------------------------------ preparing

    private BundleLock prepareFresh(Request r, Planner.Plan plan, List<Queued> queue, Map<String, String> unusable,
                                    RunRegistry registry) throws RunnerException {
        Path root = env.resultsDir();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new RunnerException(ExitCodes.FAILED, "cannot create " + root + ": " + e.getMessage());
        }
        checkDisk(root);
        Optional<Path> buildLog = buildJars(r.modules(), unusable);
        if (interrupts.raised()) {
            throw new RunnerException(ExitCodes.forSignal(interrupts.signal()),
                    "interrupted before the first cell; nothing was written");
        }
        BundleLock lock;
        try {
            writer = BundleWriter.create(root, r.label(), clock.instant());
            lock = BundleLock.take(writer.dir(), Times.now(clock), MachineProbe.hostName(),
                    RunRegistry::isLiveRunner).lock();
        } catch (IOException | BundleLock.HeldException e) {
            throw new RunnerException(ExitCodes.FAILED, "cannot create a bundle under " + root + ": " + e.getMessage());
        }
        registry.register(writer.dir());
        warnOthers(registry);
        keepBuildLog(buildLog);
        Settings s = plan.settings();
        Map<String, String> cellCpus = new LinkedHashMap<>();
        for (int k : s.cores()) {
            cellCpus.put(Integer.toString(k), pinning.enforced() ? pinning.cellCpus(k, 1) : null);
        }
        String jmh = s.modules().stream().map(env::jar).filter(Files::isRegularFile).findFirst()
                .flatMap(MachineProbe::jmhVersion).orElse(null);
        Machine machine = probe().describe(new MachineProbe.RunFacts(writer.runId(), r.label(),
                Times.now(clock), s.profile(), s.modules(), s.cores(), s.tasks(),
                Cpus.compress(pinning.available()), pinning.enforced(), pinning.description(), cellCpus, jmh,
                plan.interpreters()));
        writeDeclarations(s.modules(), unusable);
        try {
            writer.writeMachine(machine);
            run = Run.plan(writer.runId(), s);
            writer.writeRun(run);
        } catch (IOException e) {
            throw new RunnerException(ExitCodes.FAILED, "could not write " + writer.dir() + "'s machine.json or run.json: "
                    + e.getMessage());
        }
        RoundOrder.of(s.modules(), s.cores(), s::roundsOf).forEach(slot -> queue.add(Queued.of(slot)));
        say("bundle: " + writer.dir() + " (" + cells(queue) + " cell(s): " + String.join(" ", s.modules())
                + " at cores " + joined(s.cores()) + ", profile " + s.profile() + rounds(queue) + ")");
        return lock;
    }

    private BundleLock prepareResume(Request r, Planner planner, List<Queued> queue, Map<String, String> unusable,
                                     List<dev.cvp.bundle.Interpreter> interpreters, RunRegistry registry,
                                     Long timeoutOverride) throws RunnerException {
        Path given = r.resume();
        if (!Files.isDirectory(given)) {
            throw new RunnerException(ExitCodes.USAGE, "--resume " + given + ": no such folder");
        }
        BundleLayout layout = new BundleLayout(given);
        if (!Files.isRegularFile(layout.machineFile()) || !Files.isRegularFile(layout.runFile())) {
            throw new RunnerException(ExitCodes.USAGE, "--resume " + given
                    + ": not a result bundle (it needs machine.json and run.json)");
        }
        Path dir;
        try {
            dir = given.toRealPath();
        } catch (IOException e) {
            throw new RunnerException(ExitCodes.USAGE, "--resume " + given + ": " + e.getMessage());
        }
        writer = BundleWriter.open(dir);
        BundleLock.Taken taken;
        try {
            taken = BundleLock.take(dir, Times.now(clock), MachineProbe.hostName(), RunRegistry::isLiveRunner);
        } catch (BundleLock.HeldException e) {
            throw new RunnerException(ExitCodes.USAGE, e.getMessage());
        } catch (IOException e) {
            throw new RunnerException(ExitCodes.USAGE, "--resume " + dir + ": cannot lock it: " + e.getMessage());
        }
        BundleLock lock = taken.lock();
        try {
            Machine stored;
            try {
                run = BundleReader.readRun(dir);
                stored = BundleReader.readMachine(dir);
            } catch (BadBundleException e) {
                throw new RunnerException(ExitCodes.USAGE, "--resume " + e.getMessage());
            }
            List<String> differences = stored.identityDifferences(probe().describe(new MachineProbe.RunFacts(null, null,
                    null, null, List.of(), List.of(), null, Cpus.compress(pinning.available()), pinning.enforced(), null,
                    Map.of(), null, List.of())));
            if (!differences.isEmpty() && !r.force()) {
                throw new RunnerException(ExitCodes.USAGE, "refusing to resume " + dir
                        + ": it was started on another machine or code (" + String.join("; ", differences)
                        + "); start a new run, or pass --force to resume anyway (recorded in run.json)");
            }
            if (!differences.isEmpty()) {
                warn("resuming despite differences (--force, recorded in run.json): " + String.join("; ", differences));
            }
            registry.register(dir);
            warnOthers(registry);
            if (taken.staleOwner().isPresent()) {
                stopStaleCells(dir, taken.staleOwner().get());
            }
            writer.shelveLeftovers();
            checkDisk(dir);
            Settings s = run.settings();
            for (RoundOrder.Slot slot : RoundOrder.of(s.modules(), s.cores(), s::roundsOf)) {
                Optional<Cell> c = run.cell(slot.module(), slot.cores());
                if (c.isPresent() && !c.get().ok() && !run.roundOk(slot.module(), slot.cores(), slot.round())) {
                    queue.add(Queued.of(slot));
                }
            }
            List<String> modules = queue.stream().map(Queued::module).distinct().toList();
            Planner.Plan resumed = planner.resumed(run.settings(), modules);
            unusable.putAll(resumed.unusable());
            interpreters.addAll(resumed.interpreters());
            if (queue.isEmpty()) {
                say("every cell of " + dir + " is already ok; nothing to resume");
                return lock;
            }
            Optional<Path> buildLog = buildJars(modules, unusable);
            if (interrupts.raised()) {
                throw new RunnerException(ExitCodes.forSignal(interrupts.signal()),
                        "interrupted before the first cell; nothing was changed");
            }
            keepBuildLog(buildLog);
            int cells = cells(queue);
            update(x -> x.withResume(new Resume(Times.now(clock), cells, !differences.isEmpty(),
                    differences, timeoutOverride)));
            say("resuming " + dir + ": " + cells + " cell(s) not ok yet (profile " + run.settings().profile()
                    + rounds(queue) + ")");
            return lock;
        } catch (RunnerException | IOException | RuntimeException e) {
            try {
                lock.close();
            } catch (IOException ignored) {
                // the lock is stale now and the next runner takes it over
            }
            if (e instanceof RunnerException re) {
                throw re;
            }
            throw new RunnerException(ExitCodes.FAILED, "could not prepare " + dir + " for the resume: " + e.getMessage());
        }
    }

    /**
     * A killed runner's cell may still be running in its own process group: stop it if it belongs
     * here. The lock names the group, unless the runner was killed between starting the cell and
     * recording it; the cell's command line names its result file in this bundle either way.
     */
    private void stopStaleCells(Path dir, BundleLock.Owner owner) {
        java.util.Set<Long> groups = new java.util.LinkedHashSet<>(ProcessGroups.groupsNaming(dir + "/cores-"));
        if (owner.child() != null && ProcessGroups.commandLines(owner.child()).stream()
                .anyMatch(c -> c.contains(dir.toString()) || c.contains("org.openjdk.jmh.runner.ForkedMain"))) {
            groups.add(owner.child());
        }
        for (long pgid : groups) {
            note("stopping the cell left running by the interrupted run (process group " + pgid + ")");
            ProcessGroups.stop(pgid, 10_000);
        }
    }

    private Optional<Path> buildJars(List<String> modules, Map<String, String> unusable) throws RunnerException {
        Map<String, Path> toBuild = new LinkedHashMap<>();
        for (String m : modules) {
            Optional<Path> override = env.jarOverride(m);
            if (override.isPresent()) {
                if (!Files.isRegularFile(env.jar(m))) {
                    unusable.putIfAbsent(m, "the jar " + override.get() + " given by "
                            + RunnerEnv.jarOverrideVariable(m) + " does not exist");
                }
            } else {
                toBuild.put(m, env.jar(m));
            }
        }
        try {
            Path javaHome = env.javaBin().getParent().getParent();
            JarBuilder.Result built = new JarBuilder(env.root(), javaHome).build(toBuild, this::note);
            built.unusable().forEach(unusable::putIfAbsent);
            if (!built.unusable().isEmpty()) {
                warn("could not build " + String.join(" ", built.unusable().keySet()) + "; their cells are skipped ("
                        + built.unusable().values().iterator().next() + ")");
            }
            return built.log();
        } catch (IOException e) {
            throw new RunnerException(ExitCodes.FAILED, "could not build the benchmark jars: " + e.getMessage());
        }
    }

    /**
     * benchmarks.json: what each usable module's benchmarks mean, read from its jar. Without it the
     * report still renders, generically, so a module that cannot say is a warning, not a failure.
     */
    private void writeDeclarations(List<String> modules, Map<String, String> unusable) {
        Declarations all = Declarations.NONE;
        for (String m : modules) {
            if (unusable.containsKey(m)) {
                continue;
            }
            try {
                all = all.plus(DeclarationsProbe.read(env.javaBin(), env.jar(m), m));
            } catch (IOException e) {
                warn("the report will describe " + m + " generically: " + e.getMessage());
            }
        }
        try {
            writer.writeDeclarations(all);
        } catch (IOException e) {
            warn("could not write " + writer.layout().benchmarksFile() + ": " + e.getMessage());
        }
    }

    private void keepBuildLog(Optional<Path> log) {
        log.ifPresent(l -> {
            try {
                writer.keepBuildLog(l, clock.instant());
                Files.deleteIfExists(l);
            } catch (IOException e) {
                warn("could not keep the build log " + l + " in the bundle: " + e.getMessage());
            }
        });
    }

    // ------------------------------------------------------------------ running

    /**
     * Runs the queue, one round of a cell at a time; returns how many of its cells ended {ok, failed,
     * skipped}.
     */
    private int[] runQueue(List<Queued> queue, Planner.Plan plan, BundleLock lock, RunRegistry registry,
                           Long timeoutOverride, Optional<Refinement> refinement) {
        long startedMillis = clock.millis();
        try (ClassArchives archives = ClassArchives.create();
             SpeedProbe probe = pinning.taskset().filter(t -> !env.noSpells())
                     .map(t -> SpeedProbe.start(t, pinning.available()))
                     .orElseGet(SpeedProbe::none)) {
            CellRun cellRun = new CellRun(writer, lock, pinning, env.javaBin(), interrupts, clock, archives, probe,
                    !env.noSpells());
            String then = refinement.map(r -> "; then " + r.planText() + " (results a slow CPU or another program hit,"
                    + " controls, speedups wider than " + r.targetText() + ", speedups from fewer than 3 rounds)")
                    .orElse("");
            Progress progress = new Progress(plan.expected());
            int[] counts = runQueue(queue, plan, lock, registry, timeoutOverride, cellRun, then, progress);
            if (refinement.isPresent() && !interrupts.raised()) {
                QuietCheck quiet = new QuietCheck(Path.of("/proc"), pinning.available());
                new Refiner(writer.dir(), refinement.get(), run.settings().cores(), () -> run, interrupts::raised,
                        env.noSpells() ? null : quiet::otherPercentNow, out)
                        .run((x, limit) -> runExtra(x, plan, cellRun, timeoutOverride, limit), progress.overrun(),
                                (clock.millis() - startedMillis) / 1000);
            }
            return counts;
        }
    }

    /**
     * Runs one extra round (some rows of a cell measured again, see {@link Refiner}) and records it
     * as an invocation with its selection. The cell's state stays its planned rounds'. Returns the
     * invocation, or null when it could not be started.
     */
    private Invocation runExtra(ExtraRound x, Planner.Plan plan, CellRun cellRun, Long timeoutOverride, long limit) {
        CellSpec planned = plan.spec(x.module(), x.cores(), x.round(), env, timeoutOverride);
        CellSpec spec = new CellSpec(x.module(), x.cores(), x.round(), planned.jar(),
                planned.options().selecting(x.regexes(), x.params()), Math.min(planned.timeoutSeconds(), limit),
                planned.pathPrefix());
        try {
            int attempt = run.nextAttempt(x.module(), x.cores(), x.round());
            String startedAt = Times.now(clock);
            CellRun.Result result = cellRun.run(spec);
            Invocation recorded = Invocation.of(run.nextSequence(), x.module(), x.cores(), x.round(), attempt, startedAt,
                    result.outcome(), result.load()).asExtra(x.selection(), x.replaces());
            update(r -> r.withInvocation(recorded));
            return recorded;
        } catch (IOException e) {
            warn("could not run an extra round of " + x.module() + " at " + x.cores() + " core(s): " + e.getMessage());
            return null;
        }
    }

    private int[] runQueue(List<Queued> queue, Planner.Plan plan, BundleLock lock, RunRegistry registry,
                           Long timeoutOverride, CellRun cellRun, String then, Progress progress) {
        List<String> planned = queue.stream().map(Queued::module).filter(m -> !plan.unusable().containsKey(m)).toList();
        if (progress.expectsAll(planned)) {
            out.println("plan: " + planned.size() + " JMH invocation(s), about " + Durations.human(progress.left(planned))
                    + " on a 2-core machine (the profiles' estimates; the time left is updated after each)" + then);
        }
        Set<String> started = new HashSet<>();
        for (int i = 0; i < queue.size() && !interrupts.raised(); i++) {
            Queued q = queue.get(i);
            int others = registry.others().size();
            if (others > 0 && !warnedConcurrent) {
                warnedConcurrent = true;
                warn(others + " other runner(s) started on this machine; cells measured meanwhile are marked"
                        + " concurrentRuns in run.json");
            }
            out.printf("[%d/%d] %s @ %d %s%s ... ", i + 1, queue.size(), q.module(), q.cores(),
                    q.cores() == 1 ? "core" : "cores", q.rounds() > 1 ? ", round " + q.round() + "/" + q.rounds() : "");
            out.flush();
            String reason = plan.unusable().get(q.module());
            if (reason != null) {
                update(r -> r.withCell(q.module(), q.cores(), c -> c.finished(
                        Cell.Outcome.notRun(CellState.SKIPPED, Times.now(clock), reason))));
                out.println("skipped: " + reason);
                continue;
            }
            Cell.Outcome o = runRound(q, started.add(q.cell()), others, plan, cellRun, timeoutOverride);
            if (o.state() == CellState.PENDING) {
                out.println("interrupted");
                break;
            }
            double seconds = o.seconds() == null ? 0 : o.seconds();
            progress.record(q.module(), seconds);
            String line = (o.state() == CellState.OK ? "ok in " : "FAILED in ") + Progress.took(seconds);
            if (i + 1 < queue.size()) {
                List<String> rest = queue.subList(i + 1, queue.size()).stream().map(Queued::module)
                        .filter(m -> !plan.unusable().containsKey(m)).toList();
                line += "; about " + Durations.human(progress.left(rest)) + " left";
            }
            out.println(line);
            if (o.state() != CellState.OK) {
                out.println("      " + o.reason());
                if (o.log() != null) {
                    out.println("      log: " + writer.dir().resolve(o.log()));
                }
            }
            out.flush();
        }
        int[] counts = new int[3];
        for (String cell : queue.stream().map(Queued::cell).distinct().toList()) {
            Queued q = queue.stream().filter(x -> x.cell().equals(cell)).findFirst().orElseThrow();
            switch (run.cell(q.module(), q.cores()).map(Cell::state).orElse(CellState.PENDING)) {
                case OK -> counts[0]++;
                case FAILED -> counts[1]++;
                case SKIPPED -> counts[2]++;
                case PENDING -> { }
            }
        }
        return counts;
    }

    /**
     * Runs one round of a cell and records it: the invocation, then the cell as its rounds now
     * stand. {@code first} is true for the cell's first round in this session, which starts a new
     * attempt of the cell. Returns how the round ended.
     */
    private Cell.Outcome runRound(Queued q, boolean first, int others, Planner.Plan plan, CellRun cellRun,
                                  Long timeoutOverride) {
        Cell.Outcome outcome;
        try {
            int attempt = run.nextAttempt(q.module(), q.cores(), q.round());
            writer.shelvePrevious(q.module(), q.cores(), q.round(), Math.max(1, attempt - 1));
            long free = freeMb(writer.dir());
            if (free >= 0 && free < env.minFreeMb()) {
                outcome = Cell.Outcome.notRun(CellState.FAILED, Times.now(clock), "only " + free + " MB free in "
                        + writer.dir() + " (needs " + env.minFreeMb() + " MB); the cell was not started");
            } else {
                String startedAt = Times.now(clock);
                if (first) {
                    update(r -> r.withCell(q.module(), q.cores(), c -> c.started(startedAt, others > 0 ? others : null)));
                }
                CellRun.Result result = cellRun.run(plan.spec(q.module(), q.cores(), q.round(), env, timeoutOverride));
                Cell.Outcome o = result.outcome();
                update(r -> {
                    Run recorded = r.withInvocation(Invocation.of(r.nextSequence(), q.module(), q.cores(), q.round(),
                            attempt, startedAt, o, result.load()));
                    return recorded.withCell(q.module(), q.cores(), c -> c.roundEnded(o, q.round(), q.rounds(),
                            recorded.latestRounds(q.module(), q.cores())));
                });
                return o;
            }
        } catch (IOException e) {
            outcome = Cell.Outcome.notRun(CellState.FAILED, Times.now(clock),
                    "could not run or record the cell: " + e.getMessage());
        }
        Cell.Outcome o = outcome;
        update(r -> r.withCell(q.module(), q.cores(), c -> c.finished(o)));
        return o;
    }

    /** The queue with a module that cannot run queued once per cell, not once per round: it is skipped once. */
    private static List<Queued> oncePerSkippedCell(List<Queued> queue, Map<String, String> unusable) {
        Set<String> seen = new HashSet<>();
        return queue.stream().filter(q -> !unusable.containsKey(q.module()) || seen.add(q.cell())).toList();
    }

    private static int cells(List<Queued> queue) {
        return new LinkedHashSet<>(queue.stream().map(Queued::cell).toList()).size();
    }

    /** ", 2 rounds each, alternating the core counts" when a queued cell has more than one round. */
    private static String rounds(List<Queued> queue) {
        int most = queue.stream().mapToInt(Queued::rounds).max().orElse(1);
        return most > 1 ? ", up to " + most + " rounds per cell, alternating the core counts" : "";
    }

    private int finish(Request request, int[] counts) {
        String launcher = env.vars().getOrDefault("CVP_LAUNCHER", "scripts/bench.sh");
        if (interrupts.raised()) {
            say("interrupted (SIG" + interrupts.signal() + "): the unfinished cells stay pending in "
                    + writer.layout().runFile());
            say("resume with: " + launcher + " --resume " + writer.dir());
            return ExitCodes.forSignal(interrupts.signal());
        }
        long took = (System.nanoTime() - startedNanos) / 1_000_000_000L;
        say("done in " + Durations.human(took) + ": " + counts[0] + " ok, " + counts[1] + " failed, " + counts[2] + " skipped; bundle: " + writer.dir());
        int report = request.noReport() ? ExitCodes.OK : report();
        if (counts[1] + counts[2] > 0) {
            say("some cells did not succeed; fix the cause, then: " + launcher + " --resume " + writer.dir());
            return ExitCodes.FAILED;
        }
        return switch (report) {
            case ReportCommand.OK -> ExitCodes.OK;
            case ReportCommand.INCOMPLETE -> ExitCodes.REPORT_INCOMPLETE;
            default -> ExitCodes.REPORT_FAILED;
        };
    }

    /** Renders the report in process; returns the report tool's exit code. */
    private int report() {
        int rc;
        try {
            picocli.CommandLine cl = ReportCommand.commandLine();
            cl.setOut(out);
            cl.setErr(err);
            rc = cl.execute(writer.dir().toString());
        } catch (RuntimeException | Error e) {
            err.println("bench.sh: the report tool failed: " + e);
            rc = ReportCommand.INTERNAL;
        }
        Path md = writer.dir().resolve("report.md");
        switch (rc) {
            case ReportCommand.OK -> say("report: " + md);
            case ReportCommand.INCOMPLETE -> say("report (incomplete, it names what is missing): " + md);
            default -> warn("the report tool failed (exit " + rc + "); the results are intact in " + writer.dir()
                    + "; retry with scripts/report.sh " + writer.dir());
        }
        return rc;
    }

    // ------------------------------------------------------------------ helpers

    private void update(UnaryOperator<Run> change) {
        run = change.apply(run);
        try {
            writer.writeRun(run);
        } catch (IOException e) {
            warn("could not write " + writer.layout().runFile() + ": " + e.getMessage());
        }
    }

    private MachineProbe probe() {
        return new MachineProbe(Path.of("/"), env.root());
    }

    private void checkDisk(Path dir) throws RunnerException {
        long free = freeMb(dir);
        if (free >= 0 && free < env.minFreeMb()) {
            throw new RunnerException(ExitCodes.FAILED, "only " + free + " MB free in " + dir + "; a run needs at least "
                    + env.minFreeMb() + " MB (free some space, or set CVP_MIN_FREE_MB)");
        }
    }

    private static long freeMb(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace() / (1024 * 1024);
        } catch (IOException e) {
            return -1;
        }
    }

    private void warnQuota() {
        CgroupQuota.read(Path.of("/")).flatMap(CgroupQuota::cpus).ifPresent(q -> {
            int largest = run.settings().cores().get(run.settings().cores().size() - 1);
            if (Math.floor(q) < largest) {
                warn("the cgroup CPU quota (" + String.format("%.2f", q) + " CPUs) is below " + largest
                        + " cores; cells with more cores cannot run at full speed");
            }
        });
        if (!pinning.enforced()) {
            warn("taskset not found: cells are not pinned to CPUs, only told -XX:ActiveProcessorCount=k (recorded in"
                    + " machine.json as pinningEnforced: false)");
        }
    }

    private void warnOthers(RunRegistry registry) {
        for (RunRegistry.Other o : registry.others()) {
            warnedConcurrent = true;
            warn("another runner is running on this machine (pid " + o.pid() + ", writing " + o.bundle()
                    + "); the two runs share the CPUs and will disturb each other's numbers");
        }
    }

    private static String joined(List<Integer> cores) {
        return String.join(" ", cores.stream().map(String::valueOf).toList());
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }

    private void note(String line) {
        err.println("bench.sh: " + line);
        err.flush();
    }

    private void warn(String line) {
        err.println("bench.sh: warning: " + line);
        err.flush();
    }
}
