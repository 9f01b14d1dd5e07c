package dev.cvp.report;

import dev.cvp.bundle.BadBundleException;
import dev.cvp.bundle.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code report RUN_DIR} writes report.md, results.csv and charts/ into the bundle;
 * {@code report RUN_DIR RUN_DIR... -o FILE} compares bundles from several machines.
 * Exit codes: 0 complete, 3 written but lacking cells (each named), 2 unusable arguments or
 * input, 1 an internal error. No stack trace unless {@code --debug}.
 */
@Command(name = "report", mixinStandardHelpOptions = true, version = "cvp report 0.1.0",
        description = {"Turns result bundles of scripts/bench.sh (or plain JMH JSON under cores-<k>/) into "
                + "report.md, results.csv and SVG charts.",
                "Exit codes: 0 complete, 3 written but lacking cells (each named), 2 unusable arguments or input."},
        sortOptions = false)
public final class ReportCommand implements Callable<Integer> {

    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int UNUSABLE = 2;
    public static final int INCOMPLETE = 3;

    @Parameters(arity = "1..*", paramLabel = "RUN_DIR",
            description = "Result bundle folder(s), e.g. results/20261124T0130Z-laptop.")
    List<Path> runDirs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Comparison file to write (required with two or more RUN_DIRs, refused with one);"
                    + " its charts go to the folder beside it named after it with -charts.")
    Path output;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The configured command line: one-line errors, exit codes as documented. Also the in-process
     * entry for the runner: {@code ReportCommand.commandLine().execute(dir.toString())} returns the
     * exit code (set its out/err writers to capture the messages).
     */
    public static CommandLine commandLine() {
        System.setProperty("java.awt.headless", "true");
        CommandLine cl = new CommandLine(new ReportCommand());
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("report: " + ex.getMessage());
            err.println("usage: " + ex.getCommandLine().getHelp().synopsis(0).strip()
                    + "   (report --help for details)");
            return UNUSABLE;
        });
        cl.setExecutionExceptionHandler((ex, command, parseResult) -> {
            PrintWriter err = command.getErr();
            err.println("report: internal error: " + ex + " (please report it; rerun with --debug for the stack trace)");
            if (command.<ReportCommand>getCommand().debug) {
                ex.printStackTrace(err);
            }
            return INTERNAL;
        });
        return cl;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Outcome outcome = run();
            outcome.written().forEach(p -> out.println("wrote " + p));
            outcome.headlines().forEach(h -> out.println("report.md opens with: " + h));
            if (outcome.complete()) {
                return OK;
            }
            err.println("report: written, but incomplete: " + outcome.problems().size() + " problem(s):");
            for (Problem p : outcome.problems()) {
                err.println("report:   " + p);
            }
            return INCOMPLETE;
        } catch (BadInputException | BadBundleException e) {
            err.println("report: " + e.getMessage());
            debugTrace(e, err);
            return UNUSABLE;
        } catch (IOException e) {
            err.println("report: cannot write the report: " + describe(e));
            debugTrace(e, err);
            return UNUSABLE;
        }
    }

    private Outcome run() throws BadInputException, BadBundleException, IOException {
        for (Path p : runDirs) {
            if (p.toString().isBlank()) {
                throw new BadInputException("RUN_DIR is empty: give a result bundle folder, e.g. results/<run-id>");
            }
        }
        if (runDirs.size() == 1 && output != null) {
            throw new BadInputException("-o " + output + ": -o is for comparing two or more bundles;"
                    + " a single report is written into RUN_DIR itself (drop -o)");
        }
        if (runDirs.size() > 1 && output == null) {
            throw new BadInputException("comparing " + runDirs.size() + " bundles needs -o FILE"
                    + " (e.g. -o comparison.md)");
        }
        return runDirs.size() == 1 ? SingleReport.run(runDirs.get(0)) : ComparisonReport.run(runDirs, output);
    }

    /** "permission denied: /path" rather than the bare path Java's file exceptions carry. */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason() + ": " + f.getFile();
        }
        return String.valueOf(e.getMessage());
    }

    private void debugTrace(Exception e, PrintWriter err) {
        if (debug) {
            e.printStackTrace(err);
        }
    }
}
