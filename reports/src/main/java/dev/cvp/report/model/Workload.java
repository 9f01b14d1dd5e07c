package dev.cvp.report.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A workload and its cells: strategies (rows; {@code sequential} first, then in the order they
 * were first seen) by core counts (columns, ascending). All cells share one unit. Figures
 * derived from the cells (intervals, trends) are kept once computed, since a bootstrap is
 * not free and every section of the report asks for the same ones; adding a cell forgets them.
 */
public final class Workload {

    /** The baseline strategy every workload has. */
    public static final String SEQUENTIAL = "sequential";

    private final WorkloadKey key;
    private final String unit;
    private final Map<String, TreeMap<Integer, Cell>> cells = new LinkedHashMap<>();
    private List<Integer> coreCounts;
    private final Map<String, Object> derived = new ConcurrentHashMap<>();

    public Workload(WorkloadKey key, String unit) {
        this.key = key;
        this.unit = unit;
    }

    public WorkloadKey key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    public Mode mode() {
        return key.mode();
    }

    /** Adds a cell; returns false (and keeps the first) when the slot is taken. */
    public boolean put(Cell cell) {
        TreeMap<Integer, Cell> row = cells.computeIfAbsent(cell.strategy(), s -> new TreeMap<>());
        coreCounts = null;
        derived.clear();
        return row.putIfAbsent(cell.cores(), cell) == null;
    }

    public Optional<Cell> cell(String strategy, int cores) {
        TreeMap<Integer, Cell> row = cells.get(strategy);
        return row == null ? Optional.empty() : Optional.ofNullable(row.get(cores));
    }

    /** Strategies: sequential first, then in first-seen order. */
    public List<String> strategies() {
        List<String> out = new ArrayList<>();
        if (cells.containsKey(SEQUENTIAL)) {
            out.add(SEQUENTIAL);
        }
        for (String s : cells.keySet()) {
            if (!s.equals(SEQUENTIAL)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Every core count any strategy was measured (or derived) at, ascending. */
    public List<Integer> coreCounts() {
        if (coreCounts == null) {
            TreeSet<Integer> all = new TreeSet<>();
            cells.values().forEach(row -> all.addAll(row.keySet()));
            coreCounts = List.copyOf(all);
        }
        return coreCounts;
    }

    /** The cells of one strategy by core count. */
    public Map<Integer, Cell> row(String strategy) {
        TreeMap<Integer, Cell> row = cells.get(strategy);
        return row == null ? Map.of() : Collections.unmodifiableMap(row);
    }

    public boolean hasSequential() {
        return cells.containsKey(SEQUENTIAL);
    }

    public int cellCount() {
        return cells.values().stream().mapToInt(Map::size).sum();
    }

    /**
     * A figure computed from the cells, computed once per key (thread-safe; two threads may both
     * compute it, one result is kept). {@code compute} must not return null.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(String key, Supplier<T> compute) {
        Object v = derived.get(key);
        if (v == null) {
            v = compute.get();
            Object earlier = derived.putIfAbsent(key, v);
            if (earlier != null) {
                v = earlier;
            }
        }
        return (T) v;
    }
}
