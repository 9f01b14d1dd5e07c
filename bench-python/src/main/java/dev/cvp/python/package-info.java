/**
 * The chapter's lessons in its own language: JMH benchmarks whose operations run in a resident
 * CPython worker (threads under the GIL, multiprocessing, asyncio), beside the Java modules.
 */
package dev.cvp.python;
