/**
 * report.md by the chapter's lessons: one section per {@link dev.cvp.bundle.declare.Lesson}, each
 * built only from the workloads that declare it (benchmarks.json), with one compact table, at
 * most one chart and sentences computed from the data and worded by their 95% intervals. Every
 * figure a section prints is also in results.csv (scores and ratios) or metrics.csv (the rest).
 */
package dev.cvp.report.lesson;
