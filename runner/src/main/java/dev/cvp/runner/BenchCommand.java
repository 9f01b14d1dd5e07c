package dev.cvp.runner;

import dev.cvp.bundle.Labels;
import dev.cvp.bundle.ModuleNames;
import dev.cvp.runner.cell.Interrupts;
import dev.cvp.runner.cell.Pinning;
import dev.cvp.runner.machine.Cpus;
import dev.cvp.runner.machine.MachineProbe;
import dev.cvp.runner.plan.CoreCounts;
import dev.cvp.runner.plan.Durations;
import dev.cvp.runner.plan.Lists;
import dev.cvp.runner.plan.Profiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scripts/bench.sh}: runs the core-count matrix into a result bundle and renders its
 * report. Every argument is checked before anything is written; bad input gets one line naming
 * it, the usage, and exit 2. See {@link ExitCodes}.
 */
@Command(name = "bench.sh", usageHelpAutoWidth = true)
public final class BenchCommand implements Callable<Integer> {

    static final String USAGE = """
            usage: scripts/bench.sh [--modules cpu,io,process,python] [--cores 1,2,4] [--profile smoke|quick|full]
                                    [--label NAME] [--python PATH]... [--cell-timeout 30m] [--budget 5m]
                                    [--no-report] [-- extra JMH options]
                   scripts/bench.sh --resume DIR [--force] [--cell-timeout 30m] [--no-report]

              --modules       modules to run (cpu, io, process, python or bench-cpu, ...); default: all
              --cores         core counts; default 1,2,4,... up to and including this machine's count
              --profile       smoke (seconds per cell), quick (default) or full (trustworthy numbers)
              --label         names the run: results/<UTC time>-<label>; default: the host name
              --python        an interpreter for bench-python (repeatable); default: python3 on PATH
              --cell-timeout  time limit per cell (90s, 20m, 2h); default from the profile
              --budget        time for extra rounds after the planned ones, where the intervals are still
                              wide (0 for none, 5m, 1h); replaces the profile's budget and deadline
                              (quick: up to 2m, ending within 9m of the start)
              --resume DIR    run the cells of bundle DIR that are not ok, with DIR's own settings
              --force         resume even though the machine or git commit differs (recorded)
              --no-report     do not render the report afterwards
            Exit: 0 all cells ok and report complete, 1 a cell failed or was skipped, 2 bad arguments
            (nothing written), 3 report incomplete, 4 report tool failed, 130/143 interrupted.""";

    @Option(names = "--modules")
    String modules;
    @Option(names = "--cores")
    String cores;
    @Option(names = "--profile")
    String profile;
    @Option(names = "--label")
    String label;
    @Option(names = "--python")
    List<String> pythons = new ArrayList<>();
    @Option(names = "--cell-timeout")
    String cellTimeout;
    @Option(names = "--budget")
    String budget;
    @Option(names = "--resume")
    String resume;
    @Option(names = "--force")
    boolean force;
    @Option(names = "--no-report")
    boolean noReport;
    @Option(names = {"-h", "--help"})
    boolean help;
    @Parameters
    List<String> extra = new ArrayList<>();

    @Spec
    CommandLine.Model.CommandSpec spec;

    private final RunnerEnv env;
    private final Interrupts interrupts;
    private final Clock clock;

    public BenchCommand(RunnerEnv env, Interrupts interrupts, Clock clock) {
        this.env = env;
        this.interrupts = interrupts;
        this.clock = clock;
    }

    public static void main(String[] args) {
        System.exit(commandLine(RunnerEnv.fromSystem(), Interrupts.install(), Clock.systemUTC()).execute(args));
    }

    /** The configured command line: one-line errors with the usage, exit codes as documented. */
    public static CommandLine commandLine(RunnerEnv env, Interrupts interrupts, Clock clock) {
        CommandLine cl = new CommandLine(new BenchCommand(env, interrupts, clock));
        cl.setParameterExceptionHandler((ex, args) -> {
            String msg = ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                    ? "unknown argument '" + u.getUnmatched().get(0) + "' (JMH options go after --)"
                    : ex.getMessage();
            return usageError(ex.getCommandLine().getErr(), msg);
        });
        cl.setExecutionExceptionHandler((ex, command, parseResult) -> {
            command.getErr().println("bench.sh: internal error: " + ex
                    + " (please report it; the bundle so far is intact and can be resumed)");
            return ExitCodes.FAILED;
        });
        return cl;
    }

    private static int usageError(PrintWriter err, String message) {
        err.println("bench.sh: " + message);
        err.println(USAGE);
        return ExitCodes.USAGE;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (help) {
            out.println(USAGE);
            out.flush();
            return ExitCodes.OK;
        }
        Request request;
        Pinning pinning = Pinning.detect(env);
        try {
            request = validate(pinning);
        } catch (UsageException e) {
            return usageError(err, e.getMessage());
        }
        Session session = new Session(env, pinning, interrupts, clock, out, err);
        try {
            return session.run(request);
        } catch (UsageException e) {
            return usageError(err, e.getMessage());
        } catch (RunnerException e) {
            err.println("bench.sh: " + e.getMessage());
            return e.exitCode();
        } finally {
            out.flush();
            err.flush();
        }
    }

    private Request validate(Pinning pinning) throws UsageException {
        List<String> original = spec.commandLine().getParseResult().originalArgs();
        int dashes = original.indexOf("--");
        if (!extra.isEmpty() && (dashes < 0 || original.indexOf(extra.get(0)) < dashes)) {
            throw new UsageException("unknown argument '" + extra.get(0) + "' (JMH options go after --)");
        }
        OptionalLong timeout = OptionalLong.empty();
        if (cellTimeout != null) {
            timeout = Durations.parseSeconds(cellTimeout);
            if (timeout.isEmpty()) {
                throw new UsageException("--cell-timeout: '" + cellTimeout + "' is not a duration; use e.g. 90s, 20m or 2h");
            }
        }
        if (resume != null) {
            List<String> given = new ArrayList<>();
            for (String[] o : new String[][] {{"--modules", modules}, {"--cores", cores}, {"--profile", profile},
                    {"--label", label}, {"--budget", budget}}) {
                if (o[1] != null) {
                    given.add(o[0]);
                }
            }
            if (!pythons.isEmpty()) {
                given.add("--python");
            }
            if (dashes >= 0) {
                given.add("--");
            }
            if (!given.isEmpty()) {
                throw new UsageException("--resume continues a run with the settings it started with; "
                        + String.join(" ", given) + " cannot be given with it");
            }
            if (resume.isBlank()) {
                throw new UsageException("--resume needs a non-empty value");
            }
            return new Request(List.of(), List.of(), null, null, List.of(), List.of(), Path.of(resume), force, timeout,
                    noReport, OptionalLong.empty());
        }
        if (force) {
            throw new UsageException("--force only applies to --resume");
        }
        List<String> mods = modules(modules);
        int limit = pinning.available().size();
        List<Integer> ks = cores == null ? CoreCounts.defaults(limit)
                : CoreCounts.parse(cores, limit, Cpus.compress(pinning.available()));
        String prof = profile == null ? "quick" : profile;
        new Profiles(env.profilesDir()).requireKnown(prof);
        String lab = label == null ? Labels.from(MachineProbe.hostName().split("\\.")[0]) : label;
        if (!Labels.valid(lab)) {
            throw new UsageException("--label: '" + oneLine(lab) + "' cannot name a results folder; " + Labels.rule());
        }
        List<String> py = new ArrayList<>();
        for (String p : pythons) {
            if (p.isBlank() || p.contains(",")) {
                throw new UsageException("--python: '" + oneLine(p) + "' is not an interpreter path (no commas; e.g. "
                        + "--python /usr/bin/python3.13t)");
            }
            py.add(p);
        }
        if (py.isEmpty()) {
            py.add("python3");
        }
        return new Request(mods, ks, prof, lab, List.copyOf(extra), List.copyOf(new LinkedHashSet<>(py)), null, false,
                timeout, noReport, budget(budget));
    }

    /** The seconds of {@code --budget}: empty when not given, 0 for "0" (no extra rounds). */
    private static OptionalLong budget(String text) throws UsageException {
        if (text == null) {
            return OptionalLong.empty();
        }
        if (text.trim().matches("0+[smh]?")) {
            return OptionalLong.of(0);
        }
        OptionalLong seconds = Durations.parseSeconds(text);
        if (seconds.isEmpty()) {
            throw new UsageException("--budget: '" + oneLine(text) + "' is not a duration; use e.g. 0, 90s, 5m or 1h");
        }
        return seconds;
    }

    private List<String> modules(String text) throws UsageException {
        if (text == null) {
            List<String> present = ModuleNames.ALL.stream()
                    .filter(m -> env.root().resolve(m).resolve("pom.xml").toFile().isFile() || env.jarOverride(m).isPresent())
                    .toList();
            if (present.isEmpty()) {
                throw new UsageException("no benchmark modules found under " + env.root());
            }
            return present;
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String item : Lists.items("--modules", text)) {
            String m = ModuleNames.canonical(item).orElseThrow(() -> new UsageException("--modules: unknown module '"
                    + oneLine(item) + "'; choose from " + ModuleNames.choices()));
            if (!env.root().resolve(m).resolve("pom.xml").toFile().isFile() && env.jarOverride(m).isEmpty()) {
                throw new UsageException("--modules: module " + m + " has no " + env.root().resolve(m).resolve("pom.xml")
                        + " in this checkout");
            }
            out.add(m);
        }
        return List.copyOf(out);
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\t\\r\\n]", " ");
    }
}
