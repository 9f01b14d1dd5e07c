package dev.cvp.runner;

/** The runner's exit codes (README, scripts/README.md). */
public final class ExitCodes {

    /** Every cell ok and the report complete. */
    public static final int OK = 0;
    /** A cell failed or was skipped, or the environment cannot run the matrix. */
    public static final int FAILED = 1;
    /** Bad arguments or an unusable --resume target; nothing was written. */
    public static final int USAGE = 2;
    /** Every cell ok, but the report lacks something it names. */
    public static final int REPORT_INCOMPLETE = 3;
    /** Every cell ok, but the report tool failed (the results are intact). */
    public static final int REPORT_FAILED = 4;

    private ExitCodes() {
    }

    /** 128 + the signal's number, as a shell reports it: 129 HUP, 130 INT, 143 TERM. */
    public static int forSignal(String name) {
        return switch (name) {
            case "HUP" -> 129;
            case "INT" -> 130;
            default -> 143;
        };
    }
}
