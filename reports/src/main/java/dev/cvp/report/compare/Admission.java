package dev.cvp.report.compare;

import dev.cvp.bundle.BadBundleException;
import dev.cvp.bundle.Problem;
import dev.cvp.report.BadInputException;
import dev.cvp.report.load.BundleLoader;
import dev.cvp.report.model.Bundle;
import dev.cvp.report.model.Workload;
import dev.cvp.report.model.WorkloadKey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of the given bundles a comparison can use. Each one left out gets one line naming the
 * folder, what is wrong and how to fix it, and the rest are compared: a folder that is not a
 * bundle; a format version other than the one most bundles have (ties: the first bundle's); a
 * folder given twice; a bundle with no workload in common with any other. Fewer than two left is
 * a {@link BadInputException} (exit 2). A label another bundle already has is not a reason to
 * leave a machine out: its column is named "label #2" (then #3...) and a note says so.
 *
 * @param entrants the machines compared, in the order given
 * @param leftOut  one problem per bundle left out, naming its folder
 * @param renamed  one note per machine whose label was taken, saying what its column is called
 */
public record Admission(List<Entrant> entrants, List<Problem> leftOut, List<String> renamed) {

    public Admission {
        entrants = List.copyOf(entrants);
        leftOut = List.copyOf(leftOut);
        renamed = List.copyOf(renamed);
    }

    public static Admission of(List<Path> dirs) throws BadInputException {
        List<Problem> leftOut = new ArrayList<>();
        List<Entrant> loaded = new ArrayList<>();
        for (Path d : dirs) {
            try {
                loaded.add(load(d));
            } catch (BadBundleException e) {
                leftOut.add(new Problem(d.toString(), withoutDir(d, e.getMessage()) + "; left out"));
            }
        }
        List<Entrant> sameFormat = sameFormat(loaded, leftOut);
        List<String> renamed = new ArrayList<>();
        List<Entrant> distinct = distinct(sameFormat, leftOut, renamed);
        List<Entrant> overlapping = overlapping(distinct, leftOut);
        if (overlapping.size() < 2) {
            throw new BadInputException(nothingToCompare(dirs.size(), overlapping, leftOut));
        }
        return new Admission(overlapping, leftOut, renamed);
    }

    private static Entrant load(Path dir) throws BadBundleException {
        Bundle bundle = BundleLoader.load(dir);
        return new Entrant(bundle.label(), bundle);
    }

    /** Keeps the bundles of the most common format version (ties: the first bundle's); no version fits any. */
    private static List<Entrant> sameFormat(List<Entrant> in, List<Problem> leftOut) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        in.forEach(e -> e.bundle().formatVersion().ifPresent(v -> counts.merge(v, 1, Integer::sum)));
        if (counts.size() < 2) {
            return in;
        }
        int kept = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<Entrant> out = new ArrayList<>();
        for (Entrant e : in) {
            int v = e.bundle().formatVersion().orElse(kept);
            if (v == kept) {
                out.add(e);
            } else {
                leftOut.add(new Problem(dir(e), "mixed format versions: formatVersion " + v + " here, " + kept
                        + " in the other bundles; left out: compare bundles of one format (run scripts/bench.sh"
                        + " of one checkout on every machine)"));
            }
        }
        return out;
    }

    /** Drops a folder given twice; names a bundle whose label an earlier one has "label #n". */
    private static List<Entrant> distinct(List<Entrant> in, List<Problem> leftOut, List<String> renamed) {
        List<Entrant> out = new ArrayList<>();
        Map<Path, Entrant> byFolder = new LinkedHashMap<>();
        for (Entrant e : in) {
            Path real = realPath(e.bundle().dir());
            Entrant sameFolder = byFolder.putIfAbsent(real, e);
            Entrant sameLabel = out.stream().filter(o -> o.name().equals(e.name())).findFirst().orElse(null);
            if (sameFolder != null) {
                leftOut.add(new Problem(dir(e), "the same bundle as " + dir(sameFolder) + ", given twice; left out"));
            } else if (sameLabel != null) {
                String name = e.name();
                for (int n = 2; !unique(out, name); n++) {
                    name = e.name() + " #" + n;
                }
                renamed.add(dir(e) + ": label " + quoted(e.name()) + " is also the label of " + dir(sameLabel)
                        + "; its column is named " + quoted(name) + " (give each machine its own label:"
                        + " scripts/bench.sh --label NAME)");
                out.add(new Entrant(name, e.bundle()));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean unique(List<Entrant> taken, String name) {
        return taken.stream().noneMatch(o -> o.name().equals(name));
    }

    /** Drops a bundle none of whose workloads any other bundle has. */
    private static List<Entrant> overlapping(List<Entrant> in, List<Problem> leftOut) {
        List<Set<WorkloadKey>> keys = in.stream().map(e -> keys(e.bundle())).toList();
        if (in.size() < 2 || keys.stream().allMatch(Set::isEmpty)) {
            return in;
        }
        List<Entrant> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            boolean shared = false;
            for (int j = 0; j < in.size() && !shared; j++) {
                shared = j != i && !Collections.disjoint(keys.get(i), keys.get(j));
            }
            if (shared) {
                out.add(in.get(i));
            } else if (in.size() > 2 || i == 0) {
                Entrant e = in.get(i);
                leftOut.add(new Problem(dir(e), keys.get(i).isEmpty()
                        ? "holds no results to compare; left out: see its report.md for what failed"
                        : "no workload in common with the other bundles (it has " + modules(e) + "; the others "
                        + others(in, i) + "); left out: run the same --modules and benchmarks on every machine"));
            }
        }
        return out;
    }

    private static String nothingToCompare(int given, List<Entrant> usable, List<Problem> leftOut) {
        if (!leftOut.isEmpty()) {
            return leftOut.stream().map(Problem::toString).collect(Collectors.joining("; "))
                    + " (nothing left to compare: " + usable.size() + " of " + given + " bundles usable, 2 needed)";
        }
        return "nothing to compare: " + given + " bundle(s) given, 2 needed";
    }

    private static Set<WorkloadKey> keys(Bundle b) {
        return b.workloads().stream().filter(w -> w.cellCount() > 0).map(Workload::key).collect(Collectors.toSet());
    }

    private static String modules(Entrant e) {
        List<String> m = e.bundle().modules();
        return m.isEmpty() ? "no results" : String.join(", ", m);
    }

    private static String others(List<Entrant> in, int skip) {
        Set<String> m = new java.util.LinkedHashSet<>();
        for (int i = 0; i < in.size(); i++) {
            if (i != skip) {
                m.addAll(in.get(i).bundle().modules());
            }
        }
        return "have " + (m.isEmpty() ? "no results" : String.join(", ", m));
    }

    private static String dir(Entrant e) {
        return e.bundle().dir().toString();
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** A message's text without the folder it starts with (the problem names the folder). */
    private static String withoutDir(Path dir, String message) {
        String prefix = dir + ": ";
        return message != null && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** A label in quotes, on one line whatever it holds (labels come from files). */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c == '"' ? '\'' : c);
            }
        });
        return b.append('"').toString();
    }
}
