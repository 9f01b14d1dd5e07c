/**
 * The cross-machine comparison ({@code report RUN_DIR RUN_DIR... -o FILE}): which bundles can be
 * compared ({@link dev.cvp.report.compare.Admission}), their workloads side by side
 * ({@link dev.cvp.report.compare.Alignment}), scaling on each machine's own cores, a ranking per
 * lesson worded by significance, and the speedup-vs-cores chart with one line per machine.
 */
package dev.cvp.report.compare;
