/** The four waiting workloads (sleep, http, file, pipeline), each with the faces the strategies drive. */
package dev.cvp.io.workload;
