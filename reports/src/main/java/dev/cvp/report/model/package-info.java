/** What a result bundle holds once read: machine, run cells, measurements, workloads. */
package dev.cvp.report.model;
