/** The report tool's command line: a result bundle in, report.md, results.csv and charts out. */
package dev.cvp.report;
