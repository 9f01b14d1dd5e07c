/**
 * JMH's own result files ({@code -rf json}) as Java types, and the one validator that decides
 * which results in such a file are usable. The runner counts a cell's valid results with it;
 * the report tool reads them with it.
 */
package dev.cvp.bundle.jmh;
