package dev.cvp.report.analysis;

/** What limits a workload, as its own gain and speedup reveal it. */
public enum WorkloadClass {
    IO_BOUND("I/O-bound", "waits overlap: concurrency helps even on one core, more cores barely do"),
    CPU_BOUND("CPU-bound", "needs cores: concurrency alone buys nothing, speedup follows the core count"),
    MEMORY_BANDWIDTH_BOUND("memory-bandwidth-bound", "needs bandwidth: speedup saturates below the core count"),
    SERIALIZED("serialized", "a global lock or a single thread: neither more tasks nor more cores help"),
    UNCLASSIFIED("unclassified", "the data fit no single signature, or the deciding figure shows no measurable"
            + " difference (its interval includes 1), or one core count only");

    private final String label;
    private final String meaning;

    WorkloadClass(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}
