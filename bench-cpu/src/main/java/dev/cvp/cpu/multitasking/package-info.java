/** Preemptive vs cooperative multitasking: a latency-sensitive ticker beside CPU-bound tasks, and the granularity of yielding. */
package dev.cvp.cpu.multitasking;
