package dev.cvp.runner.plan;

import dev.cvp.runner.UsageException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The core counts of a run: given ({@code --cores 1,2,4}) or 1, 2, 4... up to the CPUs the runner may use. */
public final class CoreCounts {

    private CoreCounts() {
    }

    /** 1, 2, 4, ... below {@code limit}, and {@code limit} itself. */
    public static List<Integer> defaults(int limit) {
        List<Integer> out = new ArrayList<>();
        for (int k = 1; k < limit; k *= 2) {
            out.add(k);
        }
        out.add(limit);
        return out;
    }

    /**
     * Parses {@code --cores}: numbers from 1 to {@code limit}, sorted, without repeats.
     *
     * @param cpus how the usable CPUs are listed in the message, e.g. "0-1"
     */
    public static List<Integer> parse(String text, int limit, String cpus) throws UsageException {
        TreeSet<Integer> out = new TreeSet<>();
        for (String item : Lists.items("--cores", text)) {
            if (!item.matches("\\d{1,9}")) {
                throw new UsageException("--cores: '" + item + "' is not a number; give core counts like 1,2,4");
            }
            int k = Integer.parseInt(item);
            if (k == 0) {
                throw new UsageException("--cores: 0 is not a core count; the smallest is 1");
            }
            if (k > limit) {
                throw new UsageException("--cores: " + k + " is more than the " + limit
                        + " CPUs this machine lets the runner use (CPUs " + cpus + ")");
            }
            out.add(k);
        }
        return List.copyOf(out);
    }

    /** The profiles' {@code {tasks}}: 4 x the largest core count, at least 8. */
    public static int tasks(List<Integer> cores) {
        return Math.max(8, 4 * cores.get(cores.size() - 1));
    }
}
