package dev.cvp.support.declare;

import java.io.IOException;
import java.io.PrintStream;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Prints the declarations of every benchmark in this jar's JMH benchmark list as benchmarks.json
 * on standard output. The runner starts it from the module's benchmarks.jar, as
 * {@code java -cp benchmarks.jar dev.cvp.support.declare.DeclarationsMain <module>}.
 */
public final class DeclarationsMain {

    private DeclarationsMain() {
    }

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        if (args.length != 1) {
            System.err.println("usage: DeclarationsMain <module>  (e.g. bench-cpu)");
            System.exit(2);
        }
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        var entries = BenchmarkList.defaultList().getAll(OutputFormatFactory.createFormatInstance(quiet,
                VerboseMode.SILENT), java.util.List.of());
        System.out.write(Declarer.declare(args[0], entries, DeclarationsMain.class.getClassLoader()).toJson());
        System.out.flush();
    }
}
