/**
 * Indicators and summaries (contract sections 3.1 to 3.4): per-school totals from the accepted rows, the county
 * indicator table computed exactly, findings, the status line per school, and the county paragraphs in English
 * and Chinese.
 */
package org.schoolstats.indicator;
