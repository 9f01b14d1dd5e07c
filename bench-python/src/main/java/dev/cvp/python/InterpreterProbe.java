package dev.cvp.python;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cvp.python.worker.Interpreter;
import dev.cvp.python.worker.PythonWorker;
import dev.cvp.python.worker.WorkerException;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Asks each interpreter, through the same worker the benchmarks start, who it is: for the runner,
 * before any cell, to record the interpreters in machine.json, to skip the module's cells with
 * the worker's own one-line reason when one is missing or too old, and to pass the real path
 * ({@code executable}) as {@code -p python=...} instead of a slow version-manager shim.
 *
 * <p>{@code java -cp bench-python/target/benchmarks.jar dev.cvp.python.InterpreterProbe python3 python3.13t}
 * prints one JSON line per interpreter, {@code {"python":"python3","ok":true,"interpreter":{...}}}
 * or {@code {"python":"python3.13t","ok":false,"error":"bench-python: cannot run ..."}}, and
 * exits 0 when every one is usable, 1 otherwise (2: bad arguments).
 */
@Command(name = "InterpreterProbe", mixinStandardHelpOptions = true,
        description = "Starts the bench-python worker on each interpreter and prints what it reports, one JSON line each.")
public final class InterpreterProbe implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "1..*", paramLabel = "PYTHON", description = "an interpreter: a command on PATH or a path")
    List<String> pythons;

    private final PrintStream out;

    InterpreterProbe(PrintStream out) {
        this.out = out;
    }

    /** One probed interpreter, as printed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Probe(String python, boolean ok, Interpreter interpreter, String error) {
    }

    public static void main(String[] args) {
        System.exit(run(System.out, args));
    }

    static int run(PrintStream out, String... args) {
        return new CommandLine(new InterpreterProbe(out)).execute(args);
    }

    @Override
    public Integer call() throws IOException {
        boolean allUsable = true;
        for (String python : pythons) {
            Probe probe;
            try (PythonWorker worker = PythonWorker.start(python)) {
                probe = new Probe(python, true, worker.interpreter(), null);
            } catch (WorkerException e) {
                probe = new Probe(python, false, null, e.getMessage());
            }
            allUsable &= probe.ok();
            out.println(JSON.writeValueAsString(probe));
        }
        return allUsable ? 0 : 1;
    }
}
