/**
 * The result bundle (DESIGN.md, "Result bundle"): its files as Java types, where they live,
 * how they are written (temporary name, then rename) and what makes a folder a bundle. The
 * runner writes bundles and the report tool reads them through this package only; no other
 * code parses or writes bundle JSON.
 *
 * <ul>
 *   <li>{@link dev.cvp.bundle.Machine}: machine.json, written once before the first cell;</li>
 *   <li>{@link dev.cvp.bundle.Run}: run.json, the cells and every JMH invocation in execution order;</li>
 *   <li>{@link dev.cvp.bundle.BundleLayout}: the folder's file names;</li>
 *   <li>{@link dev.cvp.bundle.BundleReader}: the one validator of a bundle folder;</li>
 *   <li>{@link dev.cvp.bundle.jmh.JmhResultFile}: the one validator of JMH's own result files.</li>
 * </ul>
 */
package dev.cvp.bundle;
