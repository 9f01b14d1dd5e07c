package dev.cvp.bundle.declare;

/**
 * The part one strategy plays in its benchmark.
 *
 * @param role   what it does for the lesson
 * @param worker what runs its tasks
 * @param note   one short phrase on how it is built (e.g. "8 platform threads, one global lock"), or ""
 */
public record StrategyRole(Role role, Worker worker, String note) {
}
