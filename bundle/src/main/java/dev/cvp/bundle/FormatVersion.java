package dev.cvp.bundle;

/**
 * The bundle format. Version 2 adds {@code benchmarks.json}, the invocation list in run.json
 * and the interpreters in machine.json; version-1 bundles (such as the committed samples) are
 * still read.
 */
public final class FormatVersion {

    /** What the runner writes. */
    public static final int CURRENT = 2;
    /** The oldest version readers accept. */
    public static final int OLDEST_READABLE = 1;

    private FormatVersion() {
    }

    public static boolean readable(int version) {
        return version >= OLDEST_READABLE && version <= CURRENT;
    }
}
