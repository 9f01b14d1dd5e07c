package dev.cvp.runner.cell;

/**
 * Ctrl-C (SIGINT), SIGTERM and SIGHUP: the handler only records the signal; the runner's loop
 * sees it, stops the running cell's process group, marks the cell pending, prints the resume
 * command and exits 130, 143 or 129. (JMH's forked JVMs run in the cell's own session, so a
 * terminal's Ctrl-C reaches only the runner.)
 */
public final class Interrupts {

    private volatile String signal;

    /** Handlers for INT, TERM and HUP that record the signal; where the JVM refuses one, it keeps its default. */
    @SuppressWarnings("sunapi")
    public static Interrupts install() {
        Interrupts i = new Interrupts();
        for (String name : new String[] {"INT", "TERM", "HUP"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), s -> i.signal = name);
            } catch (IllegalArgumentException e) {
                // this OS has no such signal, or the JVM reserves it
            }
        }
        return i;
    }

    /** For tests: interrupts that only {@link #raise} sets. */
    public static Interrupts manual() {
        return new Interrupts();
    }

    public void raise(String name) {
        signal = name;
    }

    /** The signal received ("INT", "TERM", "HUP"), or null. */
    public String signal() {
        return signal;
    }

    public boolean raised() {
        return signal != null;
    }
}
