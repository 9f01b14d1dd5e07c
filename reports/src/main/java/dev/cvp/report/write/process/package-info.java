/** bench-process's own report tables, one per file, driven by docs/modules/bench-process.md. */
package dev.cvp.report.write.process;
