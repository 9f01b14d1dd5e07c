package dev.cvp.report.write;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.report.model.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which strategies ran for which benchmark of a module, so a strategy left out of a workload
 * (async for file writes, say) is visibly left out rather than silently missing.
 */
public final class CoverageTable {

    private CoverageTable() {
    }

    /** Empty when every benchmark of the module ran every strategy. */
    public static String render(List<Workload> moduleWorkloads) {
        Map<String, Set<String>> byBenchmark = new LinkedHashMap<>();
        Set<String> all = new LinkedHashSet<>();
        for (Workload w : moduleWorkloads) {
            byBenchmark.computeIfAbsent(w.key().shortBenchmark(), k -> new LinkedHashSet<>()).addAll(w.strategies());
            all.addAll(w.strategies());
        }
        if (byBenchmark.size() < 2 || byBenchmark.values().stream().allMatch(s -> s.containsAll(all))) {
            return "";
        }
        List<String> header = new ArrayList<>(List.of("benchmark"));
        all.forEach(s -> header.add(escape(s)));
        MarkdownTable t = new MarkdownTable(header);
        byBenchmark.forEach((benchmark, ran) -> {
            List<String> row = new ArrayList<>(List.of(escape(benchmark)));
            all.forEach(s -> row.add(ran.contains(s) ? "\u2713" : "\u2014"));
            t.row(row);
        });
        return "Strategies run per benchmark (\u2014: not run for it, because it does not apply or the profile left it"
                + " out):\n\n" + t.render() + "\n";
    }
}
