/**
 * The matrix runner behind {@code scripts/bench.sh}: it plans the cells (every chosen module at
 * every core count), builds stale benchmark jars, pins and runs each cell as its own JMH
 * invocation, records everything in a result bundle through {@code dev.cvp.bundle}, and renders
 * the report. {@link dev.cvp.runner.BenchCommand} is the command line.
 *
 * <ul>
 *   <li>{@code plan}: profiles, JMH options, core counts, durations;</li>
 *   <li>{@code machine}: machine facts, CPU lists and affinity, interpreters;</li>
 *   <li>{@code build}: building the benchmark jars when they are stale;</li>
 *   <li>{@code cell}: running one cell in its own process group and judging how it ended.</li>
 * </ul>
 */
package dev.cvp.runner;
