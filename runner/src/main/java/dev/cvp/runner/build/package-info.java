/** Building the benchmark jars with the Maven wrapper when they are missing or older than their sources. */
package dev.cvp.runner.build;
