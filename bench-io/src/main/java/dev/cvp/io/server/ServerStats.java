package dev.cvp.io.server;

/**
 * What a latency server has seen.
 *
 * @param inFlight requests received whose delay has not ended yet, now
 * @param peakInFlight the most requests that were waiting at the same moment since the last reset
 * @param served responses sent (counted just before the bytes go out, so a client that has its
 *     response always sees it counted)
 */
public record ServerStats(int inFlight, int peakInFlight, long served) {

    private static final String PREFIX = "STATS ";

    /** The one-line form the server process prints, e.g. {@code STATS inFlight=0 peak=100 served=300}. */
    public String toLine() {
        return PREFIX + "inFlight=" + inFlight + " peak=" + peakInFlight + " served=" + served;
    }

    /** Reads {@link #toLine()}'s form back. */
    public static ServerStats parseLine(String line) {
        if (line == null || !line.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a stats line: " + line);
        }
        String[] parts = line.substring(PREFIX.length()).trim().split(" ");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a stats line: " + line);
        }
        return new ServerStats(
                Integer.parseInt(valueOf(parts[0], "inFlight")),
                Integer.parseInt(valueOf(parts[1], "peak")),
                Long.parseLong(valueOf(parts[2], "served")));
    }

    private static String valueOf(String part, String name) {
        if (!part.startsWith(name + "=")) {
            throw new IllegalArgumentException("expected " + name + "=..., got " + part);
        }
        return part.substring(name.length() + 1);
    }
}
