/** JMH benchmarks of CPU-bound kernels under each strategy: what parallelism buys, and what a GIL or one cooperative thread takes away. */
package dev.cvp.cpu;
