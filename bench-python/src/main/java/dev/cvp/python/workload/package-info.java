/** The worker's four jobs as the Java side sees them: arguments, resources, and the result to expect. */
package dev.cvp.python.workload;
