/**
 * What every bench module shares about JMH: the defaults, the per-fork core-count check, and the
 * one way to stop threads. The task-running strategies are in {@code task}, the child-JVM command
 * builder in {@code jvm}.
 */
package dev.cvp.support;
