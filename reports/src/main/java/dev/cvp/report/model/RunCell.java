package dev.cvp.report.model;

/** One entry of run.json: a module at a core count, how its run ended and why (reason may be null). */
public record RunCell(String module, int cores, String state, Integer exitCode, Double seconds, String reason) {

    public boolean ok() {
        return "ok".equals(state);
    }
}
