package dev.cvp.runner.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The order of a run's JMH invocations. Modules run one after the other; a module measured in
 * several rounds runs its core counts ascending in round 1, descending in round 2, ascending in
 * round 3 and so on (1, 2 | 2, 1 | 1, 2: ABBA), so that a slow drift or a busy neighbour during
 * the module's minutes hits every core count alike instead of the half of the matrix that ran
 * at that time.
 */
public final class RoundOrder {

    private RoundOrder() {
    }

    /** One invocation: a round of a module at a core count. */
    public record Slot(String module, int cores, int round, int rounds) {
    }

    /**
     * @param cores  the core counts, ascending
     * @param rounds how many rounds each module is measured in (at least 1)
     */
    public static List<Slot> of(List<String> modules, List<Integer> cores, ToIntFunction<String> rounds) {
        List<Slot> out = new ArrayList<>();
        for (String m : modules) {
            int n = Math.max(1, rounds.applyAsInt(m));
            for (int r = 1; r <= n; r++) {
                List<Integer> order = new ArrayList<>(cores);
                if (r % 2 == 0) {
                    order = order.reversed();
                }
                for (int k : order) {
                    out.add(new Slot(m, k, r, n));
                }
            }
        }
        return out;
    }
}
