/**
 * Charts as data ({@link dev.cvp.report.write.chart.LineChart}) and their SVG rendering
 * ({@link dev.cvp.report.write.chart.LineChartSvg}): text as text, intervals drawn, log axes
 * where the data spans decades, the ideal as a reference line.
 */
package dev.cvp.report.write.chart;
