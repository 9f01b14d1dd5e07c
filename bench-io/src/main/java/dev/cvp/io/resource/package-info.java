/** Operating-system resources the benchmarks use: the open-file limit, and scratch directories removed afterwards. */
package dev.cvp.io.resource;
