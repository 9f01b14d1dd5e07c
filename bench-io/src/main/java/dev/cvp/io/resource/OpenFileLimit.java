package dev.cvp.io.resource;

import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Optional;

/**
 * Checks, before a cell opens thousands of sockets or files, that the process may open that many.
 * Without the check, the 9,000th {@code connect} fails with "Too many open files" in the middle of
 * a measurement; with it, the cell fails at once with a message that says what to raise.
 *
 * <p>On Linux the JVM raises its soft limit to the hard limit at startup, so the limit seen here
 * is the hard one ({@code ulimit -Hn}); that is the one to raise.
 */
public final class OpenFileLimit {

    /** Descriptors kept free for the JVM, JMH and the benchmark's own files. */
    static final long HEADROOM = 256;

    private OpenFileLimit() {
    }

    /**
     * Fails if this process cannot open {@code moreFiles} more files (plus headroom). Does nothing
     * where the JVM cannot tell (not a Unix).
     *
     * @param what the cell, for the message, e.g. {@code "http with 10000 tasks (virtual)"}
     * @throws IllegalStateException naming the limit and how to raise it
     */
    public static void require(long moreFiles, String what) {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (moreFiles <= 0 || !(os instanceof UnixOperatingSystemMXBean unix)) {
            return;
        }
        problem(moreFiles, unix.getOpenFileDescriptorCount(), unix.getMaxFileDescriptorCount(), what)
                .ifPresent(message -> {
                    throw new IllegalStateException(message);
                });
    }

    /** The message for a limit that is too low, or empty when {@code open + moreFiles} fits. */
    static Optional<String> problem(long moreFiles, long open, long limit, String what) {
        long needed = open + moreFiles + HEADROOM;
        if (needed <= limit) {
            return Optional.empty();
        }
        long suggested = Math.max(65_536, Long.highestOneBit(needed - 1) << 1);
        return Optional.of("bench-io: " + what + " needs about " + needed + " open files ("
                + moreFiles + " for its tasks, " + open + " already open, " + HEADROOM + " spare), but the"
                + " open-file limit of this process is " + limit + "; raise it in the shell that starts"
                + " bench.sh, e.g. `ulimit -n " + suggested + "` (the JVM already uses the hard limit"
                + " `ulimit -Hn`; raise that one as root, in /etc/security/limits.conf or with LimitNOFILE=)");
    }
}
