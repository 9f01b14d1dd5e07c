package dev.cvp.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * run.json: the settings, the resumes, one entry per cell (module x core count) and every JMH
 * invocation in execution order. Rewritten (atomically) after every change of state.
 */
public record Run(int formatVersion, String runId, Settings settings, List<Resume> resumes, List<Cell> cells,
                  List<Invocation> invocations) {

    public Run {
        resumes = resumes == null ? List.of() : List.copyOf(resumes);
        cells = cells == null ? List.of() : List.copyOf(cells);
        invocations = invocations == null ? List.of() : List.copyOf(invocations);
    }

    /** A new run: every cell of modules x cores pending, module by module. */
    public static Run plan(String runId, Settings settings) {
        List<Cell> cells = new ArrayList<>();
        for (String m : settings.modules()) {
            for (int k : settings.cores()) {
                cells.add(Cell.pending(m, k));
            }
        }
        return new Run(FormatVersion.CURRENT, runId, settings, List.of(), cells, List.of());
    }

    public Optional<Cell> cell(String module, int cores) {
        return cells.stream().filter(c -> c.is(module, cores)).findFirst();
    }

    /** This run with one cell replaced by {@code change} applied to it. */
    public Run withCell(String module, int cores, UnaryOperator<Cell> change) {
        List<Cell> out = new ArrayList<>(cells.size());
        boolean found = false;
        for (Cell c : cells) {
            if (c.is(module, cores)) {
                out.add(change.apply(c));
                found = true;
            } else {
                out.add(c);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("run.json has no cell " + module + " at " + cores + " core(s)");
        }
        return new Run(formatVersion, runId, settings, resumes, out, invocations);
    }

    public Run withInvocation(Invocation invocation) {
        List<Invocation> out = new ArrayList<>(invocations);
        out.removeIf(i -> i.sequence() == invocation.sequence());
        out.add(invocation);
        return new Run(formatVersion, runId, settings, resumes, cells, out);
    }

    public Run withResume(Resume resume) {
        List<Resume> out = new ArrayList<>(resumes);
        out.add(resume);
        return new Run(formatVersion, runId, settings, out, cells, invocations);
    }

    /** The latest invocation of each round of a cell, by round; a round never recorded is absent. */
    public SortedMap<Integer, Invocation> latestRounds(String module, int cores) {
        TreeMap<Integer, Invocation> out = new TreeMap<>();
        for (Invocation i : invocations) {
            if (i.is(module, cores)) {
                out.merge(i.round(), i, (a, b) -> b.sequence() > a.sequence() ? b : a);
            }
        }
        return out;
    }

    /** True when round {@code round} of a cell is done: its latest invocation ended ok. */
    public boolean roundOk(String module, int cores, int round) {
        Invocation last = latestRounds(module, cores).get(round);
        return last != null && last.ok();
    }

    /** The attempt number the next invocation of a cell's round gets: 1 + those recorded. */
    public int nextAttempt(String module, int cores, int round) {
        return invocations.stream().filter(i -> i.is(module, cores) && i.round() == round)
                .mapToInt(Invocation::attempt).max().orElse(0) + 1;
    }

    /** The sequence number the next invocation gets. */
    public int nextSequence() {
        return invocations.stream().mapToInt(Invocation::sequence).max().orElse(0) + 1;
    }
}
