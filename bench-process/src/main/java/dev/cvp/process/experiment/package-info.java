/** Thread-versus-process experiments shared by the benchmarks and the tests: echo, idle footprint, counter. */
package dev.cvp.process.experiment;
