/** Reads and validates a result bundle, collecting one named problem per unreadable part. */
package dev.cvp.report.load;
