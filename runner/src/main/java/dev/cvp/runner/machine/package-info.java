/**
 * What this machine is, read by Java: the JVM's MXBeans and system properties, and on Linux
 * {@code /proc} and {@code /sys} (affinity, topology, governor, memory, cgroup v1 and v2 CPU
 * quota); the git commit of the checkout; the Python interpreters bench-python will drive.
 * Anything unreadable is recorded as null, never guessed.
 */
package dev.cvp.runner.machine;
