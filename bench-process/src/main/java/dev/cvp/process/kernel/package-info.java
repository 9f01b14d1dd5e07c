/** bench-cpu kernels described so that a worker JVM can rebuild them, and resized for the task-size sweep. */
package dev.cvp.process.kernel;
