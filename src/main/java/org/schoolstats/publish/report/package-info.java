/**
 * {@code report.html} (contract section 3.9), the period at a glance for people: what it shows, read back from the
 * tables just staged ({@link org.schoolstats.publish.report.Report}), the charts' model
 * ({@link org.schoolstats.publish.report.Axis}, {@link org.schoolstats.publish.report.BarChart}), and the writer of the
 * page from its jte template. The publish step uses it; it uses nothing of the publish step.
 */
package org.schoolstats.publish.report;
