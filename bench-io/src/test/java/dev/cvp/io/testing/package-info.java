/** Test helpers: leak counters and a workload wrapper that records which tasks ran. */
package dev.cvp.io.testing;
