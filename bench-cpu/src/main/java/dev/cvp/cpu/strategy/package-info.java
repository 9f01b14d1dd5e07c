/** Strategies: how the tasks of a kernel are executed (sequential, pools, work stealing, virtual threads, a GIL, cooperative). */
package dev.cvp.cpu.strategy;
