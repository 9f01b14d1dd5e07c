package dev.cvp.runner.machine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The tightest CPU quota on this process's cgroup path, v1 ({@code cpu.cfs_quota_us}) or v2
 * ({@code cpu.max}), as text for machine.json, e.g. "1.50 CPUs (cgroup v2 quota 150000 period
 * 100000 at /user.slice)" or "none (cgroup v2, no CPU quota set)".
 *
 * @param cpus the quota in CPUs, empty when none is set
 * @param text what machine.json records
 */
public record CgroupQuota(Optional<Double> cpus, String text) {

    /** Reads the quota from {@code root} (normally {@code /}); empty when no cgroup is readable. */
    public static Optional<CgroupQuota> read(Path root) {
        Path selfCgroup = root.resolve("proc/self/cgroup");
        Path fs = root.resolve("sys/fs/cgroup");
        List<String> lines;
        try {
            lines = Files.readAllLines(selfCgroup);
        } catch (IOException e) {
            return Optional.empty();
        }
        boolean v2 = Files.exists(fs.resolve("cgroup.controllers"));
        String path = null;
        for (String line : lines) {
            String[] f = line.split(":", 3);
            if (f.length < 3) {
                continue;
            }
            if (v2 ? f[0].equals("0") : List.of(f[1].split(",")).contains("cpu")) {
                path = f[2];
                break;
            }
        }
        if (path == null) {
            return Optional.empty();
        }
        int version = v2 ? 2 : 1;
        Double best = null;
        String bestWhere = null;
        for (String p = path; p != null; p = parent(p)) {
            long[] qp = v2 ? v2Quota(fs, p) : v1Quota(fs, p);
            if (qp != null && qp[1] > 0) {
                double cpus = (double) qp[0] / qp[1];
                if (best == null || cpus < best) {
                    best = cpus;
                    bestWhere = "cgroup v" + version + " quota " + qp[0] + " period " + qp[1] + " at "
                            + (p.isEmpty() ? "/" : p);
                }
            }
        }
        if (best == null) {
            return Optional.of(new CgroupQuota(Optional.empty(), "none (cgroup v" + version + ", no CPU quota set)"));
        }
        return Optional.of(new CgroupQuota(Optional.of(best), String.format("%.2f CPUs (%s)", best, bestWhere)));
    }

    private static String parent(String p) {
        if (p.isEmpty() || p.equals("/")) {
            return null;
        }
        int slash = p.lastIndexOf('/');
        return slash <= 0 ? "/" : p.substring(0, slash);
    }

    private static long[] v2Quota(Path fs, String p) {
        try {
            String[] f = Files.readString(fs.resolve(strip(p)).resolve("cpu.max")).trim().split("\\s+");
            return f.length == 2 && f[0].matches("\\d+") && f[1].matches("\\d+")
                    ? new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])} : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static long[] v1Quota(Path fs, String p) {
        for (String controller : List.of("cpu,cpuacct", "cpu")) {
            Path dir = fs.resolve(controller).resolve(strip(p));
            try {
                String q = Files.readString(dir.resolve("cpu.cfs_quota_us")).trim();
                String period = Files.readString(dir.resolve("cpu.cfs_period_us")).trim();
                return q.matches("\\d+") && period.matches("\\d+")
                        ? new long[] {Long.parseLong(q), Long.parseLong(period)} : null;
            } catch (IOException e) {
                // try the next mount point
            }
        }
        return null;
    }

    private static String strip(String p) {
        return p.replaceFirst("^/+", "");
    }
}
