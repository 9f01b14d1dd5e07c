/** One writer per output format, all writing through temp file + atomic rename. */
package dev.cvp.report.write;
