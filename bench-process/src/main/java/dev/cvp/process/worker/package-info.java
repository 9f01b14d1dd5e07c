/** The worker JVM's side: its main class, its modes, the pipe protocol, and the per-JVM counter. */
package dev.cvp.process.worker;
