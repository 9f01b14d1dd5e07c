package dev.cvp.runner;

import dev.cvp.bundle.Interpreter;
import dev.cvp.bundle.Settings;
import dev.cvp.runner.cell.CellSpec;
import dev.cvp.runner.machine.PythonProbe;
import dev.cvp.runner.plan.CoreCounts;
import dev.cvp.runner.plan.JmhOptions;
import dev.cvp.runner.plan.Profiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a request (or a stored run's settings) into what each module's cells run with, and says
 * which modules cannot run at all. Everything here happens before anything is written.
 */
final class Planner {

    /** The module whose cells drive Python interpreters. */
    static final String PYTHON_MODULE = "bench-python";

    private final RunnerEnv env;

    Planner(RunnerEnv env) {
        this.env = env;
    }

    /**
     * A run's plan.
     *
     * @param settings     what run.json stores (and a resume reads back)
     * @param interpreters the probed interpreters (empty without bench-python)
     * @param unusable     module -> why its cells are skipped
     * @param expected     module -> seconds one round of its cells is expected to take, from the
     *                     profiles (empty for a resumed run, whose profiles may have changed)
     */
    record Plan(Settings settings, List<Interpreter> interpreters, Map<String, String> unusable,
                Map<String, Long> expected) {

        Plan(Settings settings, List<Interpreter> interpreters, Map<String, String> unusable) {
            this(settings, interpreters, unusable, Map.of());
        }

        CellSpec spec(String module, int cores, int round, RunnerEnv env, Long timeoutOverride) {
            Settings s = settings;
            JmhOptions options = new JmhOptions(s.jmhArgs().getOrDefault(module, List.of()),
                    s.jvmArgsAppend().getOrDefault(module, ""));
            long timeout = timeoutOverride != null ? timeoutOverride
                    : s.cellTimeoutSeconds().getOrDefault(module, Profiles.DEFAULT_TIMEOUT_SECONDS);
            List<Path> prefix = module.equals(PYTHON_MODULE) ? interpreters.stream().filter(Interpreter::usable)
                    .filter(i -> !i.command().contains("/") && i.path() != null)
                    .map(i -> Path.of(i.path()).getParent()).filter(java.util.Objects::nonNull).distinct().toList()
                    : List.of();
            return new CellSpec(module, cores, round, env.jar(module), options, timeout, prefix);
        }
    }

    Plan fresh(Request r) throws UsageException, RunnerException {
        int tasks = CoreCounts.tasks(r.cores());
        List<Interpreter> interpreters = r.modules().contains(PYTHON_MODULE) ? probe(r.pythons()) : List.of();
        Map<String, String> unusable = new LinkedHashMap<>();
        Map<String, List<String>> jmhArgs = new LinkedHashMap<>();
        Map<String, String> append = new LinkedHashMap<>();
        Map<String, Long> timeouts = new LinkedHashMap<>();
        Map<String, String> jars = new LinkedHashMap<>();
        Map<String, Integer> rounds = new LinkedHashMap<>();
        Map<String, Long> expected = new LinkedHashMap<>();
        Profiles profiles = new Profiles(env.profilesDir());
        for (String m : r.modules()) {
            List<String> extra = new ArrayList<>();
            if (m.equals(PYTHON_MODULE)) {
                List<String> usable = interpreters.stream().filter(Interpreter::usable).map(Interpreter::command).toList();
                if (usable.isEmpty()) {
                    unusable.put(m, noPython(interpreters));
                } else {
                    extra.addAll(List.of("-p", "python=" + String.join(",", usable)));
                }
            }
            extra.addAll(r.extra());
            Profiles.ModulePlan mp = profiles.plan(m, r.profile(), tasks, extra);
            jmhArgs.put(m, mp.options().args());
            append.put(m, mp.options().jvmArgsAppend());
            timeouts.put(m, r.cellTimeout().isPresent() ? r.cellTimeout().getAsLong() : mp.timeoutSeconds());
            jars.put(m, shown(env.jar(m)));
            rounds.put(m, mp.rounds());
            if (mp.expectSeconds() > 0) {
                expected.put(m, mp.expectSeconds());
            }
        }
        Settings s = new Settings(r.profile(), r.modules(), r.cores(), tasks, r.extra(), jmhArgs, append, timeouts, jars,
                r.modules().contains(PYTHON_MODULE) ? r.pythons() : List.of(), rounds);
        return new Plan(s, interpreters, unusable, expected);
    }

    /** A resumed run: its stored settings, with the interpreters probed again. */
    Plan resumed(Settings s, List<String> queuedModules) {
        Map<String, String> unusable = new LinkedHashMap<>();
        List<Interpreter> interpreters = List.of();
        if (queuedModules.contains(PYTHON_MODULE)) {
            interpreters = probe(s.pythons().isEmpty() ? List.of("python3") : s.pythons());
            if (interpreters.stream().noneMatch(Interpreter::usable)) {
                unusable.put(PYTHON_MODULE, noPython(interpreters));
            }
        }
        return new Plan(s, interpreters, unusable);
    }

    private List<Interpreter> probe(List<String> commands) {
        return commands.stream().map(c -> PythonProbe.probe(c, env)).toList();
    }

    private static String noPython(List<Interpreter> probed) {
        return "no usable Python interpreter (" + probed.stream().map(Interpreter::problem)
                .collect(Collectors.joining("; ")) + "); install Python " + PythonProbe.MINIMUM[0] + "."
                + PythonProbe.MINIMUM[1] + "+ or pass --python PATH";
    }

    /** A jar as run.json names it: relative to the checkout where it lies inside. */
    private String shown(Path jar) {
        return jar.startsWith(env.root()) ? env.root().relativize(jar).toString() : jar.toString();
    }
}
